using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>The fleet cache's log events, with fixed ids (the core's events are 1 and 2).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, EventName = "FleetCacheUnavailable", Level = LogLevel.Warning, Message = "The ToAPIs fleet cache could not {Operation} within {BudgetMilliseconds} ms; Redis is skipped for {BreakSeconds} s at a time until it answers again, and balances are fetched from the server directly.")]
    public static partial void FleetCacheUnavailable(ILogger logger, string operation, double budgetMilliseconds, double breakSeconds, Exception exception);

    [LoggerMessage(EventId = 102, EventName = "FleetCacheAvailable", Level = LogLevel.Information, Message = "The ToAPIs fleet cache reaches Redis again; balances are shared across the fleet again.")]
    public static partial void FleetCacheAvailable(ILogger logger);

    [LoggerMessage(EventId = 103, EventName = "FleetCacheStillUnavailable", Level = LogLevel.Debug, Message = "The ToAPIs fleet cache still could not {Operation}; Redis is tried again in {BreakSeconds} s.")]
    public static partial void FleetCacheStillUnavailable(ILogger logger, string operation, double breakSeconds, Exception exception);

    [LoggerMessage(EventId = 104, EventName = "FleetCacheStoreSkipped", Level = LogLevel.Debug, Message = "The ToAPIs fleet cache skipped storing a balance: {Pending} writes to Redis are still pending.")]
    public static partial void FleetCacheStoreSkipped(ILogger logger, int pending);

    [LoggerMessage(EventId = 105, EventName = "FleetCacheLockNotReleased", Level = LogLevel.Debug, Message = "The ToAPIs fleet cache could not release its lock; it expires on its own.")]
    public static partial void FleetCacheLockNotReleased(ILogger logger, Exception exception);
}
