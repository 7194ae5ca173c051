using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Caching.Tests.TestSupport;

namespace ToApis.Balance.Caching.Tests;

/// <summary>Several instances, each with its own service provider and HybridCache over one real redis-server.</summary>
public sealed class FleetBalanceCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const int FleetSize = 10;

    [Fact]
    public async Task GetUserBalanceAsync_FleetAfterTheFirstMiss_ServerSeesOneRequest()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway();
        var fleet = await FleetInstance.StartManyAsync(FleetSize, redis.Server, gateway, apiKey);
        try
        {
            var first = await fleet[0].Client.GetUserBalanceAsync();
            await redis.WaitUntilStoredAsync(FleetKey.UserBalance(apiKey));

            foreach (var instance in fleet.Skip(1))
            {
                var balance = await instance.Client.GetUserBalanceAsync();
                Assert.Equal(first, balance);
            }

            Assert.Equal(1, gateway.Requests);
        }
        finally
        {
            await DisposeAllAsync(fleet);
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_ColdFleetCallingAtOnce_ServerSeesOneRequest()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway();
        var fleet = await FleetInstance.StartManyAsync(FleetSize, redis.Server, gateway, apiKey);
        try
        {
            var balances = await Task.WhenAll(fleet.Select(instance => Task.Run(() => instance.Client.GetUserBalanceAsync())));

            Assert.Equal(1, gateway.Requests);
            Assert.All(balances, balance => Assert.Equal(balances[0], balance));
        }
        finally
        {
            await DisposeAllAsync(fleet);
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_StoredBalanceOlderThanTheWindow_FetchedAgain()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway();
        var start = DateTimeOffset.UtcNow;
        var early = await FleetInstance.StartAsync(redis.Server, gateway, apiKey, clock: new FakeTimeProvider(start));
        var late = await FleetInstance.StartAsync(redis.Server, gateway, apiKey, clock: new FakeTimeProvider(start + TimeSpan.FromMinutes(6)));
        try
        {
            await early.Client.GetUserBalanceAsync();
            await redis.WaitUntilStoredAsync(FleetKey.UserBalance(apiKey));

            var balance = await late.Client.GetUserBalanceAsync();

            Assert.Equal(2, gateway.Requests);
            Assert.Equal(start + TimeSpan.FromMinutes(6), balance.FetchedAt);
        }
        finally
        {
            await early.DisposeAsync();
            await late.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_AnotherInstanceStoredANewerBalance_ServedFromRedisNotFetchedAgain()
    {
        var apiKey = FleetKey.NewApiKey();
        var key = FleetKey.UserBalance(apiKey);
        var gateway = new Gateway();
        var start = DateTimeOffset.UtcNow;
        var earlyClock = new FakeTimeProvider(start);
        var early = await FleetInstance.StartAsync(redis.Server, gateway, apiKey, clock: earlyClock);
        var late = await FleetInstance.StartAsync(redis.Server, gateway, apiKey, clock: new FakeTimeProvider(start + TimeSpan.FromMinutes(6)));
        try
        {
            await early.Client.GetUserBalanceAsync();
            await redis.WaitUntilStoredAsync(key);
            var first = (byte[]?)await redis.Redis.GetDatabase().HashGetAsync(key, "data");
            await late.Client.GetUserBalanceAsync();
            await Poll.UntilAsync(async () => !((byte[]?)await redis.Redis.GetDatabase().HashGetAsync(key, "data") ?? []).AsSpan().SequenceEqual(first), "the newer balance to reach Redis");

            // The early instance's own copy is out of its window now; the one in Redis is not.
            earlyClock.Advance(TimeSpan.FromMinutes(6));
            var balance = await early.Client.GetUserBalanceAsync();

            Assert.Equal(start + TimeSpan.FromMinutes(6), balance.FetchedAt);
            Assert.Equal(2, gateway.Requests);
        }
        finally
        {
            await early.DisposeAsync();
            await late.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_HolderLosesRedisMidCall_AnotherInstanceTakesTheLockOverWithinALease()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway();
        gateway.HoldNext();
        var holder = await FleetInstance.StartAsync(redis.Server, gateway, apiKey);
        var other = await FleetInstance.StartAsync(redis.Server, gateway, apiKey);
        try
        {
            var holding = holder.Client.GetUserBalanceAsync();
            await Poll.UntilAsync(() => Task.FromResult(gateway.Arrived == 1), "the holder's call to reach the server");
            await holder.LoseRedisAsync();

            // It cannot renew its lease (3 s) any more: the other instance takes the lock over when it runs out. Waiting
            // for the holder's whole call (the longest hold, 35 s) would end this wait first.
            var balance = await other.Client.GetUserBalanceAsync().WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(100m, balance.Remaining.Amount);
            Assert.Equal(2, gateway.Arrived);
            gateway.Release();
            await holding.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            gateway.Release();
            await holder.DisposeAsync();
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_ServerFails_FailureNotCachedAndNextInstanceCalls()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        var fleet = await FleetInstance.StartManyAsync(2, redis.Server, gateway, apiKey);
        try
        {
            await Assert.ThrowsAnyAsync<ToApisException>(() => fleet[0].Client.GetUserBalanceAsync());
            Assert.False(await redis.Redis.GetDatabase().KeyExistsAsync(FleetKey.UserBalance(apiKey)));

            var balance = await fleet[1].Client.GetUserBalanceAsync();

            Assert.Equal(100m, balance.Remaining.Amount);
            Assert.Equal(2, gateway.Requests);
        }
        finally
        {
            await DisposeAllAsync(fleet);
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_Stored_RedisHoldsTheHashedKeyAndFiguresNeverTheApiKey()
    {
        var apiKey = FleetKey.NewApiKey();
        var gateway = new Gateway();
        var instance = await FleetInstance.StartAsync(redis.Server, gateway, apiKey);
        try
        {
            await instance.Client.GetUserBalanceAsync();
            var key = FleetKey.UserBalance(apiKey);
            await redis.WaitUntilStoredAsync(key);

            var keys = await redis.KeysAsync();
            Assert.All(keys, k => Assert.StartsWith(FleetKey.Prefix, k, StringComparison.Ordinal));
            Assert.All(keys, k => Assert.DoesNotContain(apiKey, k, StringComparison.Ordinal));
            var stored = (byte[]?)await redis.Redis.GetDatabase().HashGetAsync(key, "data");
            Assert.NotNull(stored);
            var text = Encoding.UTF8.GetString(stored);
            Assert.DoesNotContain(apiKey, text, StringComparison.Ordinal);
            Assert.Contains("\"Remaining\":{\"Amount\":100", text, StringComparison.Ordinal);
        }
        finally
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_RedisStopped_CallsTheServerAndLogsAWarning()
    {
        using var own = await RedisServer.StartAsync();
        var gateway = new Gateway();
        var instance = await FleetInstance.StartAsync(own, gateway, FleetKey.NewApiKey());
        try
        {
            own.Stop();

            var balance = await instance.Client.GetUserBalanceAsync();

            Assert.Equal(100m, balance.Remaining.Amount);
            Assert.Equal(1, gateway.Requests);
            Assert.Contains(instance.Logs.GetSnapshot(), record =>
                record.Level == LogLevel.Warning && record.Category == "ToApis.Balance.Caching" && record.Id.Id == 101);
        }
        finally
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetUserBalanceAsync_RedisStoppedAndNoLock_CallsTheServer()
    {
        using var own = await RedisServer.StartAsync();
        var gateway = new Gateway();
        var instance = await FleetInstance.StartAsync(own, gateway, FleetKey.NewApiKey(), withLock: false);
        try
        {
            own.Stop();

            var balance = await instance.Client.GetUserBalanceAsync();

            Assert.Equal(100m, balance.Remaining.Amount);
            Assert.Equal(1, gateway.Requests);
        }
        finally
        {
            await instance.DisposeAsync();
        }
    }

    private static async Task DisposeAllAsync(FleetInstance[] fleet)
    {
        foreach (var instance in fleet)
        {
            await instance.DisposeAsync();
        }
    }
}
