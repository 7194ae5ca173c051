using StackExchange.Redis;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// A short lock in Redis per cache key (<c>SET &lt;key&gt;:lock &lt;owner&gt; NX PX &lt;expiry&gt;</c>): the instance that
/// holds it calls the server while the others wait for the value. It lives as long as the holder's call may take
/// (its total timeout and a margin), and expires on its own, so a holder that dies delays the fleet by at most that.
/// </summary>
/// <param name="redis">The app's Redis connection.</param>
/// <param name="expiry">How long the lock lives.</param>
internal sealed class FleetLock(IConnectionMultiplexer redis, TimeSpan expiry)
{
    public TimeSpan Expiry => expiry;

    /// <summary>Takes the lock; false when another instance holds it. Throws a Redis exception when Redis is down.</summary>
    public Task<bool> TryTakeAsync(string key, string owner) =>
        redis.GetDatabase().LockTakeAsync(LockKey(key), owner, expiry);

    /// <summary>Releases the lock if this owner still holds it.</summary>
    public Task<bool> ReleaseAsync(string key, string owner) =>
        redis.GetDatabase().LockReleaseAsync(LockKey(key), owner);

    private static RedisKey LockKey(string key) => key + ":lock";
}
