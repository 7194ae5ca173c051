using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// What the fleet cache does in the background, never on a caller's time: renewing a lock while its holder's call is in
/// flight, storing a fresh balance in Redis (through the circuit, a bounded number at once) and releasing the lock once
/// the balance is there, so a waiter that takes the lock next finds it.
/// </summary>
internal sealed class FleetStore(HybridCache cache, FleetLock? fleetLock, RedisCircuit redis, TimeSpan budget, TimeProvider timeProvider, ILogger logger)
{
    private int pending;

    /// <summary>
    /// Holds a lock just taken: renews its lease every third of it until it is released, lost to another owner (it
    /// expired), or held for <see cref="FleetLock.HoldLimit"/>.
    /// </summary>
    public LockHold Hold(string key, string owner)
    {
        var hold = new LockHold(key, owner);
        hold.Renewing = RenewAsync(fleetLock!, hold);
        return hold;
    }

    /// <summary>Stores the balance for the window, then releases the lock when one is held.</summary>
    public void StoreInBackground<T>(string key, T balance, TimeSpan maxStaleness, LockHold? hold)
        where T : BalanceSnapshot
    {
        var now = Interlocked.Increment(ref pending);
        if (now > FleetCacheDefaults.MaxPendingStores)
        {
            Interlocked.Decrement(ref pending);
            Log.FleetCacheStoreSkipped(logger, now - 1);
            Release(hold);
            return;
        }

        _ = StoreAsync(key, balance, maxStaleness, hold);
    }

    /// <summary>Ends the lock's renewals and releases it in the background; it expires on its own if Redis does not answer.</summary>
    public void Release(LockHold? hold)
    {
        if (fleetLock is not null && hold is not null)
        {
            hold.End();
            _ = ReleaseAsync(fleetLock, hold.Key, hold.Owner);
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

    private async Task StoreAsync<T>(string key, T balance, TimeSpan maxStaleness, LockHold? hold)
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

            Release(hold);
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    /// <summary>
    /// Renews the lease every third of it. Not through the circuit: an open circuit (a failure seen by any of the app's
    /// clients, for longer than a lease) must not let a healthy holder's lock run out. Each renewal waits at most one
    /// budget, and one that fails or does not answer in time leaves the next to try before the lease runs out.
    /// </summary>
    private async Task RenewAsync(FleetLock held, LockHold hold)
    {
        var every = held.Lease / 3;
        var until = timeProvider.GetUtcNow() + held.HoldLimit;
        try
        {
            while (true)
            {
                await Task.Delay(every, timeProvider, hold.Released).ConfigureAwait(false);
                if (timeProvider.GetUtcNow() >= until)
                {
                    // The holder's call is over by now, whatever became of it: the lease runs out on its own.
                    return;
                }

                Task<bool>? extend = null;
                bool renewed;
                try
                {
                    extend = held.ExtendAsync(hold.Key, hold.Owner);
                    renewed = await extend.WaitAsync(budget, timeProvider, hold.Released).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // Whatever became of the renewal left behind, its outcome is observed.
                    RedisCircuit.Observe(extend);
                    if (e is OperationCanceledException && hold.Released.IsCancellationRequested)
                    {
                        return;
                    }

                    // Redis failed or did not answer within the budget: the next renewal tries again.
                    continue;
                }

                if (!renewed)
                {
                    // It expired (this instance could not reach Redis for a lease) and may be another's now.
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (hold.Released.IsCancellationRequested)
        {
            // Released: nothing left to renew.
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
