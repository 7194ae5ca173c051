using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// The fleet cache over the app's <see cref="HybridCache"/>: a fresh balance in the cache is served; otherwise the
/// instance that takes the lock calls the server and stores the balance, and the others wait for it (bounded) and
/// call the server themselves only when it does not come. A failure is never stored; when the cache or the lock
/// cannot be reached, the server is called and a Warning logged.
/// </summary>
internal sealed class FleetBalanceCache(HybridCache cache, FleetLock? fleetLock, TimeProvider timeProvider, ILogger logger) : IBalanceCache
{
    public const string LogCategory = "ToApis.Balance.Caching";

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads both levels without calling a factory and without writing anything.</summary>
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

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
            return await FetchAndStoreAsync(key, fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
        }

        var owner = Guid.NewGuid().ToString("N");
        // Waiters wait for the holder's balance as long as its lock lives: as long as its call may take.
        var deadline = timeProvider.GetUtcNow() + fleetLock.Expiry;
        var poll = FirstPoll;
        while (true)
        {
            switch (await TryTakeAsync(key, owner).ConfigureAwait(false))
            {
                case LockState.Taken:
                    return await FetchAsHolderAsync(key, owner, fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
                case LockState.Unavailable:
                    return await FetchAndStoreAsync(key, fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
            }

            // Another instance is calling the server: wait for its balance, not longer than its lock lives.
            if (timeProvider.GetUtcNow() >= deadline)
            {
                return await FetchAndStoreAsync(key, fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(poll, timeProvider, cancellationToken).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
            if (await ReadAsync<T>(key, maxStaleness, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }
        }
    }

    private async ValueTask<T> FetchAsHolderAsync<T>(string key, string owner, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        try
        {
            // The previous holder may have stored its balance and let go between our read and our lock.
            return await ReadAsync<T>(key, maxStaleness, cancellationToken).ConfigureAwait(false)
                ?? await FetchAndStoreAsync(key, fetch, maxStaleness, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Released once the balance is stored (or the call failed), so waiters find it or take over at once.
            await ReleaseAsync(key, owner).ConfigureAwait(false);
        }
    }

    private async ValueTask<T> FetchAndStoreAsync<T>(string key, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        // A failure propagates from here: nothing is stored.
        var balance = await fetch(cancellationToken).ConfigureAwait(false);
        try
        {
            // Not canceled by the caller: the balance is paid for, the fleet should have it.
            var options = new HybridCacheEntryOptions { Expiration = maxStaleness, LocalCacheExpiration = maxStaleness };
            await cache.SetAsync(key, balance, options, tags: null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.FleetCacheUnavailable(logger, "store a balance", e);
        }

        return balance;
    }

    /// <summary>The stored balance while it is fresh by its own <see cref="BalanceSnapshot.FetchedAt"/>, else null.</summary>
    private async ValueTask<T?> ReadAsync<T>(string key, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        T? stored;
        try
        {
            stored = await cache.GetOrCreateAsync(key, static _ => ValueTask.FromResult<T?>(null), ReadOnly, tags: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.FleetCacheUnavailable(logger, "read a balance", e);
            return null;
        }

        // Stamped by another instance's clock: an age below zero (clock skew) is not trusted as fresh.
        var age = stored is null ? TimeSpan.MinValue : timeProvider.GetUtcNow() - stored.FetchedAt;
        return age >= TimeSpan.Zero && age < maxStaleness ? stored : null;
    }

    private async ValueTask<LockState> TryTakeAsync(string key, string owner)
    {
        try
        {
            return await fleetLock!.TryTakeAsync(key, owner).ConfigureAwait(false) ? LockState.Taken : LockState.HeldByAnother;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.FleetCacheUnavailable(logger, "take its lock", e);
            return LockState.Unavailable;
        }
    }

    private async ValueTask ReleaseAsync(string key, string owner)
    {
        try
        {
            await fleetLock!.ReleaseAsync(key, owner).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lock expires on its own.
            Log.FleetCacheUnavailable(logger, "release its lock", e);
        }
    }

    private enum LockState
    {
        Taken,
        HeldByAnother,
        Unavailable,
    }
}
