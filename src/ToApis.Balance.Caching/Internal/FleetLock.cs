using StackExchange.Redis;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// A short lock in Redis per cache key (<c>SET &lt;key&gt;:lock &lt;owner&gt; NX PX 5000</c>): the instance that
/// holds it calls the server while the others wait for the value. It expires on its own, so a holder that dies
/// delays the fleet by at most <see cref="Expiry"/>.
/// </summary>
internal sealed class FleetLock(IConnectionMultiplexer redis)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(5);

    /// <summary>Takes the lock; false when another instance holds it. Throws a Redis exception when Redis is down.</summary>
    public Task<bool> TryTakeAsync(string key, string owner) =>
        redis.GetDatabase().LockTakeAsync(LockKey(key), owner, Expiry);

    /// <summary>Releases the lock if this owner still holds it.</summary>
    public Task<bool> ReleaseAsync(string key, string owner) =>
        redis.GetDatabase().LockReleaseAsync(LockKey(key), owner);

    private static RedisKey LockKey(string key) => key + ":lock";
}
