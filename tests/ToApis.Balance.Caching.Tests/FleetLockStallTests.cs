using StackExchange.Redis;
using ToApis.Balance.Caching.Tests.TestSupport;

namespace ToApis.Balance.Caching.Tests;

/// <summary>The lock in a real redis-server that freezes (SIGSTOP) while the cache level answers.</summary>
public sealed class FleetLockStallTests
{
    [Fact]
    public async Task GetUserBalanceAsync_LockStalls_AnswersAfterOneBudgetAndReleasesTheLockTakenLate()
    {
        using var server = await RedisServer.StartAsync();
        var admin = server.RecommendedOptions();
        admin.AllowAdmin = true;
        // StackExchange.Redis would give up on the lock's request after a minute: only the fleet cache's budget ends it sooner.
        var patient = server.RecommendedOptions();
        patient.AsyncTimeout = 60_000;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(patient);
        await using var watcher = await ConnectionMultiplexer.ConnectAsync(admin);
        using var fleet = new FakeRedisFleet();
        var (client, _) = fleet.StartInstance(redis);
        await watcher.GetServer(server.Endpoint).ConfigSetAsync("notify-keyspace-events", "K$g");
        var events = await watcher.GetSubscriber().SubscribeAsync(RedisChannel.Pattern("__keyspace@0__:*:lock"));
        var asked = fleet.Clock.GetUtcNow();
        await server.PauseAsync();
        try
        {
            var call = client.GetUserBalanceAsync();
            // The lock's request waits on the frozen server: only the budget, on the fake clock, ends the wait.
            await Poll.UntilAsync(() => Task.FromResult(redis.GetCounters().Interactive.SentItemsAwaitingResponse > 0), "the lock's request to be sent");
            fleet.Clock.Advance(FakeRedisFleet.Settings.RedisBudget);
            var balance = await call.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(asked + FakeRedisFleet.Settings.RedisBudget, balance.FetchedAt);
            Assert.Equal(1, fleet.Gateway.Requests);
        }
        finally
        {
            await server.ResumeAsync();
        }

        // Once the server answers, the late take succeeds and is let go at once rather than living out its lease.
        var seen = new List<string>();
        await Poll.UntilAsync(
            () =>
            {
                while (events.TryRead(out var message))
                {
                    seen.Add(message.Message.ToString());
                }

                return Task.FromResult(seen.Contains("del"));
            },
            "the lock taken late to be released");
        Assert.Equal(["set", "del"], seen.Where(e => e is "set" or "del"));
    }
}
