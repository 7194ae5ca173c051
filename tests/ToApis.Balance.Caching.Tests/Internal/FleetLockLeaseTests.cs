using System.Threading.Channels;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using ToApis.Balance.Caching.Internal;
using ToApis.Balance.Caching.Tests.TestSupport;

namespace ToApis.Balance.Caching.Tests.Internal;

/// <summary>
/// The lock's lease in a real redis-server: taken for a short lease, renewed by its holder on its (fake) clock every
/// third of it while held, and never past the hold limit, so a holder that dies keeps the fleet waiting one lease.
/// Renewals are seen as Redis's own keyspace events, not by a counter of ours: taking the lock (<c>SET NX PX</c>) sends
/// <c>set</c> and <c>expire</c>, each renewal (<c>PEXPIRE</c>) one more <c>expire</c>.
/// </summary>
public sealed class FleetLockLeaseTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    /// <summary>Longer than the default (3 s) so that a stall of the test machine does not let the lock run out in real time.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Every = Lease / 3;

    private readonly RenewalClock clock = new();

    [Fact]
    public async Task TryTake_LockLivesOneLeaseNotTheHoldLimit()
    {
        var (fleetLock, key, _, _) = Start(holdLimit: TimeSpan.FromMinutes(5));

        Assert.True(await fleetLock.TryTakeAsync(key, "me"));

        var left = await redis.Redis.GetDatabase().KeyTimeToLiveAsync(key + ":lock");
        Assert.InRange(left!.Value, TimeSpan.FromMilliseconds(1), Lease);
    }

    [Fact]
    public async Task Hold_WhileHeld_RenewedEveryThirdOfTheLeaseThenReleased()
    {
        var (fleetLock, key, store, _) = Start(holdLimit: TimeSpan.FromSeconds(35));
        await using var events = await LockEventsAsync(key);
        var hold = await TakeAndRenewTwiceAsync(fleetLock, key, store, events);
        await clock.WaitingAsync(3);
        store.Release(hold);
        await events.WaitForAsync("del", 1);

        await hold.Renewing.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["set", "expire", "expire", "expire", "del"], events.Seen);
    }

    [Fact]
    public async Task Hold_CircuitOpenedByAnotherOperation_StillRenews()
    {
        var (fleetLock, key, store, circuit) = Start(holdLimit: TimeSpan.FromMinutes(5));
        await using var events = await LockEventsAsync(key);
        await fleetLock.TryTakeAsync(key, "me");
        await events.WaitForAsync("expire", 1);
        var hold = store.Hold(key, "me");
        // A failure of another operation opens the app's circuit for longer than a lease.
        await circuit.RunAsync<bool>("read a balance", TimeSpan.FromHours(1), _ => throw new RedisConnectionException(ConnectionFailureType.SocketFailure, "down (fake)"), CancellationToken.None);

        await clock.AdvanceOnceWaitingAsync(1);
        await events.WaitForAsync("expire", 2);
        store.Release(hold);
        await hold.Renewing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["set", "expire", "expire"], events.Seen.Take(3));
    }

    [Fact]
    public async Task Hold_PastTheHoldLimit_StopsRenewing()
    {
        var (fleetLock, key, store, _) = Start(holdLimit: Every * 2.5);
        await using var events = await LockEventsAsync(key);
        var hold = await TakeAndRenewTwiceAsync(fleetLock, key, store, events);
        await clock.AdvanceOnceWaitingAsync(3);

        await hold.Renewing.WaitAsync(TimeSpan.FromSeconds(10));
        // Sent after the renewals on the same connection, so Redis's event for it comes after any renewal's.
        await redis.Redis.GetDatabase().KeyPersistAsync(key + ":lock");
        await events.WaitForAsync("persist", 1);
        Assert.Equal(["set", "expire", "expire", "expire", "persist"], events.Seen);
    }

    [Fact]
    public async Task Hold_LockExpiredAndTakenByAnother_StopsRenewingAndLeavesItsLock()
    {
        var (fleetLock, key, store, _) = Start(holdLimit: TimeSpan.FromSeconds(35));
        await fleetLock.TryTakeAsync(key, "me");
        var hold = store.Hold(key, "me");
        // What Redis holds after this instance's lease ran out and another instance took the lock.
        await redis.Redis.GetDatabase().StringSetAsync(key + ":lock", "another", Lease);

        await clock.AdvanceOnceWaitingAsync(1);
        await hold.Renewing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("another", (string?)await redis.Redis.GetDatabase().StringGetAsync(key + ":lock"));
    }

    /// <summary>Takes the lock, holds it, and lets two renewals happen (Redis's events: set, expire, then two more expire).</summary>
    private async Task<LockHold> TakeAndRenewTwiceAsync(FleetLock fleetLock, string key, FleetStore store, LockEvents events)
    {
        await fleetLock.TryTakeAsync(key, "me");
        await events.WaitForAsync("expire", 1);
        var hold = store.Hold(key, "me");

        await clock.AdvanceOnceWaitingAsync(1);
        await events.WaitForAsync("expire", 2);
        await clock.AdvanceOnceWaitingAsync(2);
        await events.WaitForAsync("expire", 3);
        return hold;
    }

    private (FleetLock Lock, string Key, FleetStore Store, RedisCircuit Circuit) Start(TimeSpan holdLimit)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(new FaultyDistributedCache());
        services.AddHybridCache();
        var provider = services.BuildServiceProvider();
        var logger = new FakeLogger();
        var fleetLock = new FleetLock(redis.Redis, Lease, holdLimit);
        // As with the defaults (a 5 s break, a 3 s lease), an open circuit outlasts a lease.
        var circuit = new RedisCircuit(Lease * 2, clock, logger);
        // A budget the fake clock never reaches while a renewal is in flight: Redis answers in real milliseconds.
        var store = new FleetStore(provider.GetRequiredService<HybridCache>(), fleetLock, circuit, TimeSpan.FromHours(1), clock, logger);
        return (fleetLock, FleetKey.UserBalance(FleetKey.NewApiKey()), store, circuit);
    }

    private async Task<LockEvents> LockEventsAsync(string key)
    {
        var admin = redis.Server.RecommendedOptions();
        admin.AllowAdmin = true;
        var watcher = await ConnectionMultiplexer.ConnectAsync(admin);
        await watcher.GetServer(redis.Server.Endpoint).ConfigSetAsync("notify-keyspace-events", "K$g");
        var queue = await watcher.GetSubscriber().SubscribeAsync(RedisChannel.Literal("__keyspace@0__:" + key + ":lock"));
        return new LockEvents(watcher, queue);
    }

    /// <summary>
    /// A fake clock that counts the renewal loop's waits (timers of one renewal interval), so a test moves it only once
    /// the loop waits on it: moved earlier, the wait would start after the move and never end.
    /// </summary>
    private sealed class RenewalClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
    {
        private int waits;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            // Counted once the timer is in place, so that a move after the count reaches it.
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime == Every)
            {
                Interlocked.Increment(ref waits);
            }

            return timer;
        }

        /// <summary>Waits until the loop has started its <paramref name="count"/>th wait.</summary>
        public Task WaitingAsync(int count) =>
            Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref waits) >= count), $"the renewal loop's wait number {count}");

        /// <summary>Moves the clock by one renewal interval once the loop waits for the <paramref name="count"/>th time.</summary>
        public async Task AdvanceOnceWaitingAsync(int count)
        {
            await WaitingAsync(count);
            Advance(Every);
        }
    }

    /// <summary>The keyspace events of one lock key, in the order Redis sent them.</summary>
    private sealed class LockEvents(ConnectionMultiplexer watcher, ChannelMessageQueue queue) : IAsyncDisposable
    {
        public List<string> Seen { get; } = [];

        /// <summary>Waits until Redis has sent <paramref name="count"/> events named <paramref name="name"/> in all.</summary>
        public Task WaitForAsync(string name, int count) =>
            Poll.UntilAsync(
                () =>
                {
                    while (queue.TryRead(out var message))
                    {
                        Seen.Add(message.Message.ToString());
                    }

                    return Task.FromResult(Seen.Count(e => e == name) >= count);
                },
                $"Redis's event '{name}' on the lock");

        public async ValueTask DisposeAsync() => await watcher.DisposeAsync();
    }
}
