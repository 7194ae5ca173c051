using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// The fleet cache over the app's <see cref="HybridCache"/>: a fresh balance in Redis is served; otherwise the
/// instance that takes the lock calls the server, answers, and stores the balance in the background, and the others
/// wait for it (bounded) and call the server themselves only when it does not come. A failure is never stored.
/// Every Redis operation a caller waits for runs through the <see cref="RedisCircuit"/>: under a short budget, and
/// not at all while Redis is known to be down, so a Redis outage costs a caller at most one budget.
/// </summary>
internal sealed class FleetBalanceCache(HybridCache cache, FleetLock? fleetLock, RedisCircuit redis, TimeSpan budget, TimeProvider timeProvider, ILogger logger) : IBalanceCache
{
    public const string LogCategory = "ToApis.Balance.Caching";

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Reads Redis only: no factory, no write, and not HybridCache's local copy. The client keeps its own copy for the
    /// window by <see cref="BalanceSnapshot.FetchedAt"/>; HybridCache's would expire by the time it was written, so it
    /// could outlive the window and hide a fresher balance another instance stored.
    /// </summary>
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly FleetStore store = new(cache, fleetLock, redis, budget, timeProvider, logger);

    public async ValueTask<T> GetOrFetchAsync<T>(string key, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fetch);
        if (await ReadAsync<T>(key, maxStaleness, cancellationToken).ConfigureAwait(false) is { } kept)
        {
            return kept;
        }

        if (fleetLock is null)
        {
            return await FetchAsync(key, fetch, maxStaleness, hold: null, cancellationToken).ConfigureAwait(false);
        }

        var owner = Guid.NewGuid().ToString("N");
        // Waiters wait for the holder's balance as long as its call may take, and while its lock lives: a holder that
        // died or lost Redis stops renewing it, and a waiter takes it over within one lease.
        var deadline = timeProvider.GetUtcNow() + fleetLock.HoldLimit;
        var poll = FirstPoll;
        while (true)
        {
            switch (await TryTakeAsync(key, owner, cancellationToken).ConfigureAwait(false))
            {
                case LockState.Taken:
                    return await FetchAsHolderAsync(key, store.Hold(key, owner), fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
                case LockState.Unavailable:
                    return await FetchAsync(key, fetch, maxStaleness, hold: null, cancellationToken).ConfigureAwait(false);
            }

            // Another instance is calling the server: wait for its balance, not longer than its call may take.
            if (timeProvider.GetUtcNow() >= deadline)
            {
                return await FetchAsync(key, fetch, maxStaleness, hold: null, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(poll, timeProvider, cancellationToken).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
            if (await ReadAsync<T>(key, maxStaleness, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }
        }
    }

    private async ValueTask<T> FetchAsHolderAsync<T>(string key, LockHold hold, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        T? stored;
        try
        {
            // The previous holder may have stored its balance and let go between our read and our lock.
            stored = await ReadAsync<T>(key, maxStaleness, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            store.Release(hold);
            throw;
        }

        if (stored is not null)
        {
            store.Release(hold);
            return stored;
        }

        return await FetchAsync(key, fetch, maxStaleness, hold, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls the server and answers at once; the balance goes to Redis in the background (then the lock, if held, is released).</summary>
    private async ValueTask<T> FetchAsync<T>(string key, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, LockHold? hold, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        T balance;
        try
        {
            balance = await fetch(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A failure propagates from here: nothing is stored, and waiters take over at once.
            store.Release(hold);
            throw;
        }

        store.StoreInBackground(key, balance, maxStaleness, hold);
        return balance;
    }

    /// <summary>The stored balance while it is fresh by its own <see cref="BalanceSnapshot.FetchedAt"/>, else null.</summary>
    private async ValueTask<T?> ReadAsync<T>(string key, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        var (_, stored) = await redis.RunAsync(
            "read a balance",
            budget,
            token => cache.GetOrCreateAsync(key, static _ => ValueTask.FromResult<T?>(null), ReadOnly, tags: null, token).AsTask(),
            cancellationToken).ConfigureAwait(false);

        // Stamped by another instance's clock: an age below zero (clock skew) is not trusted as fresh.
        var age = stored is null ? TimeSpan.MinValue : timeProvider.GetUtcNow() - stored.FetchedAt;
        return age >= TimeSpan.Zero && age < maxStaleness ? stored : null;
    }

    private async ValueTask<LockState> TryTakeAsync(string key, string owner, CancellationToken cancellationToken)
    {
        Task<bool>? take = null;
        bool reached, taken;
        try
        {
            (reached, taken) = await redis.RunAsync("take its lock", budget, _ => take = fleetLock!.TryTakeAsync(key, owner), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            store.ReleaseIfTakenLater(take, key, owner);
            throw;
        }

        if (!reached)
        {
            // A take left behind may still succeed when Redis comes back: let go of it then, or the fleet waits on a lock nobody holds.
            store.ReleaseIfTakenLater(take, key, owner);
            return LockState.Unavailable;
        }

        return taken ? LockState.Taken : LockState.HeldByAnother;
    }

    private enum LockState
    {
        Taken,
        HeldByAnother,
        Unavailable,
    }
}
