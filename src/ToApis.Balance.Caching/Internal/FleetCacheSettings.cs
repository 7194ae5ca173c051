namespace ToApis.Balance.Caching.Internal;

/// <summary>The fleet cache's time limits for one client, derived from that client's options.</summary>
/// <param name="RedisBudget">How long one Redis operation on the call path (read, lock) may take before the client calls the server itself.</param>
/// <param name="LockLease">
/// How long the lock lives in Redis unless its holder renews it (every third of it while its call is in flight): how
/// long a holder that died, or that lost Redis while the others did not, keeps the fleet waiting.
/// </param>
/// <param name="HoldLimit">
/// The longest a holder keeps its lock and a waiter waits for the holder's balance: the holder's whole call (retries
/// and backoff included) and a margin.
/// </param>
internal sealed record FleetCacheSettings(TimeSpan RedisBudget, TimeSpan LockLease, TimeSpan HoldLimit)
{
    /// <summary>
    /// The budget is a twentieth of one attempt of the server call, between 50 ms and 500 ms (500 ms with the default
    /// 10 s attempt timeout): Redis answers in about a millisecond when it is up, so a Redis that does not answer
    /// within it is treated as down, and a Redis outage costs a caller less than a slow server would. The lease is
    /// six budgets (3 s by default): a renewal every two budgets, so one that does not answer within its budget
    /// leaves time for another before the lease runs out.
    /// </summary>
    public static FleetCacheSettings From(ToApisBalanceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var share = options.AttemptTimeout / FleetCacheDefaults.AttemptTimeoutShare;
        var budget = share < FleetCacheDefaults.MinRedisBudget ? FleetCacheDefaults.MinRedisBudget
            : share > FleetCacheDefaults.MaxRedisBudget ? FleetCacheDefaults.MaxRedisBudget
            : share;
        return new(budget, budget * FleetCacheDefaults.LeaseBudgets, options.TotalTimeout + FleetCacheDefaults.LockMargin);
    }
}
