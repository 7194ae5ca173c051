using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Caching.Internal;
using ToApis.Balance.Caching.Tests.TestSupport;

namespace ToApis.Balance.Caching.Tests.Internal;

public sealed class FleetStoreTests
{
    [Fact]
    public async Task StoreInBackground_LimitOfWritesPending_SkipsTheNextUntilOneEnds()
    {
        var redis = new FaultyDistributedCache { Fault = RedisFault.Stall };
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(redis);
        services.AddSingleton<IHybridCacheSerializer<UserBalance>, BalanceSnapshotSerializer<UserBalance>>();
        services.AddHybridCache();
        using var provider = services.BuildServiceProvider();
        var logger = new FakeLogger();
        // A budget the fake clock never reaches: the circuit stays closed, so only the limit stops writes.
        var circuit = new RedisCircuit(FleetCacheDefaults.BreakDuration, new FakeTimeProvider(), logger);
        var store = new FleetStore(provider.GetRequiredService<HybridCache>(), fleetLock: null, circuit, TimeSpan.FromHours(1), TimeProvider.System, logger);
        var balance = new UserBalance { Remaining = Quota.Limited(100m) };

        for (var i = 0; i <= FleetCacheDefaults.MaxPendingStores; i++)
        {
            store.StoreInBackground(FleetKey.Prefix + i, balance, TimeSpan.FromMinutes(1), hold: null);
        }

        await Poll.UntilAsync(() => Task.FromResult(redis.Commands == FleetCacheDefaults.MaxPendingStores), "the writes to reach Redis");
        var skipped = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((104, LogLevel.Debug), (skipped.Id.Id, skipped.Level));

        while (redis.TryTakeWaiting(out var command))
        {
            command.SetResult(null);
        }

        await Poll.UntilAsync(
            () =>
            {
                store.StoreInBackground(FleetKey.Prefix + "after", balance, TimeSpan.FromMinutes(1), hold: null);
                return Task.FromResult(redis.Commands > FleetCacheDefaults.MaxPendingStores);
            },
            "a write to start once the others have ended");
    }
}
