using StackExchange.Redis;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// A lock in Redis per cache key (<c>SET &lt;key&gt;:lock &lt;owner&gt; NX PX &lt;lease&gt;</c>): the instance that holds
/// it calls the server while the others wait for the value. It lives a short lease, which its holder renews while its
/// call is in flight (<see cref="ExtendAsync"/>), for at most <see cref="HoldLimit"/>; so a holder that dies, or loses
/// Redis while the others do not, delays the fleet by one lease, not by its whole call.
/// </summary>
/// <param name="redis">The app's Redis connection.</param>
/// <param name="lease">How long the lock lives unless renewed.</param>
/// <param name="holdLimit">The longest a holder renews its lock, and a waiter waits for its balance.</param>
internal sealed class FleetLock(IConnectionMultiplexer redis, TimeSpan lease, TimeSpan holdLimit)
{
    public TimeSpan Lease => lease;

    public TimeSpan HoldLimit => holdLimit;

    /// <summary>Takes the lock for one lease; false when another instance holds it. Throws a Redis exception when Redis is down.</summary>
    public Task<bool> TryTakeAsync(string key, string owner) =>
        redis.GetDatabase().LockTakeAsync(LockKey(key), owner, lease);

    /// <summary>Renews the lock for one more lease; false when this owner no longer holds it.</summary>
    public Task<bool> ExtendAsync(string key, string owner) =>
        redis.GetDatabase().LockExtendAsync(LockKey(key), owner, lease);

    /// <summary>Releases the lock if this owner still holds it.</summary>
    public Task<bool> ReleaseAsync(string key, string owner) =>
        redis.GetDatabase().LockReleaseAsync(LockKey(key), owner);

    private static RedisKey LockKey(string key) => key + ":lock";
}
