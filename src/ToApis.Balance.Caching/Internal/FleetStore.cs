using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// What the fleet cache does in the background, never on a caller's time: storing a fresh balance in Redis (through
/// the circuit, a bounded number at once) and releasing the lock once the balance is there, so a waiter that takes
/// the lock next finds it.
/// </summary>
internal sealed class FleetStore(HybridCache cache, FleetLock? fleetLock, RedisCircuit redis, TimeSpan budget, ILogger logger)
{
    private int pending;

    /// <summary>Stores the balance for the window, then releases the lock when <paramref name="owner"/> holds it.</summary>
    public void StoreInBackground<T>(string key, T balance, TimeSpan maxStaleness, string? owner)
        where T : BalanceSnapshot
    {
        var now = Interlocked.Increment(ref pending);
        if (now > FleetCacheDefaults.MaxPendingStores)
        {
            Interlocked.Decrement(ref pending);
            Log.FleetCacheStoreSkipped(logger, now - 1);
            Release(key, owner);
            return;
        }

        _ = StoreAsync(key, balance, maxStaleness, owner);
    }

    /// <summary>Releases the lock in the background; it expires on its own if Redis does not answer.</summary>
    public void Release(string key, string? owner)
    {
        if (fleetLock is not null && owner is not null)
        {
            _ = ReleaseAsync(fleetLock, key, owner);
        }
    }

    /// <summary>Releases a lock whose take was left behind, once the take has succeeded after all.</summary>
    public void ReleaseIfTakenLater(Task<bool>? take, string key, string owner)
    {
        if (take is not null && fleetLock is not null)
        {
            _ = ReleaseIfTakenAsync(fleetLock, take, key, owner);
        }
    }

    private async Task StoreAsync<T>(string key, T balance, TimeSpan maxStaleness, string? owner)
        where T : BalanceSnapshot
    {
        try
        {
            // Off the caller's path from the first instruction: serializing and handing over to Redis included.
            await Task.Yield();
            var options = new HybridCacheEntryOptions { Expiration = maxStaleness, Flags = HybridCacheEntryFlags.DisableLocalCache };
            Task<bool>? write = null;
            await redis.RunAsync("store a balance", budget, _ => write = WriteAsync(key, balance, options), CancellationToken.None).ConfigureAwait(false);
            if (write is not null)
            {
                // The lock goes once the write has ended, whatever its outcome, not when the budget ran out.
                await Task.WhenAny(write).ConfigureAwait(false);
            }

            Release(key, owner);
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    private async Task<bool> WriteAsync<T>(string key, T balance, HybridCacheEntryOptions options)
    {
        // Not canceled by anyone: the balance is paid for, the fleet should have it.
        await cache.SetAsync(key, balance, options, tags: null, CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private async Task ReleaseAsync(FleetLock held, string key, string owner)
    {
        try
        {
            await held.ReleaseAsync(key, owner).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Log.FleetCacheLockNotReleased(logger, e);
        }
    }

    private async Task ReleaseIfTakenAsync(FleetLock held, Task<bool> take, string key, string owner)
    {
        try
        {
            if (!await take.ConfigureAwait(false))
            {
                return;
            }
        }
        catch (Exception)
        {
            // The take failed: there is nothing to release.
            return;
        }

        await ReleaseAsync(held, key, owner).ConfigureAwait(false);
    }
}
