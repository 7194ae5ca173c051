namespace ToApis.Balance.Caching.Internal;

/// <summary>The fleet cache's fixed figures, in one place (the README's "Across a fleet" documents each).</summary>
internal static class FleetCacheDefaults
{
    /// <summary>A Redis operation on the call path may take this share of one attempt of the client's server call.</summary>
    public const int AttemptTimeoutShare = 20;

    /// <summary>The shortest Redis budget, whatever the attempt timeout: below it a busy Redis on a LAN looks down.</summary>
    public static readonly TimeSpan MinRedisBudget = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest Redis budget: a Redis that takes longer than this is treated as down.</summary>
    public static readonly TimeSpan MaxRedisBudget = TimeSpan.FromMilliseconds(500);

    /// <summary>How long Redis is skipped after a failure before one call tries it again (for all the app's clients).</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>What a holder keeps its lock, and a waiter waits, beyond the holder's whole call.</summary>
    public static readonly TimeSpan LockMargin = TimeSpan.FromSeconds(5);

    /// <summary>The lock's lease in Redis, in Redis budgets; its holder renews it every third of it.</summary>
    public const int LeaseBudgets = 6;

    /// <summary>Writes to Redis in the background at once, per client; a balance beyond them is not shared.</summary>
    public const int MaxPendingStores = 16;
}
