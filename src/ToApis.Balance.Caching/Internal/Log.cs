using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Caching.Internal;

/// <summary>The fleet cache's log events, with fixed ids (the core's events are 1 and 2).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, EventName = "FleetCacheUnavailable", Level = LogLevel.Warning, Message = "The ToAPIs fleet cache could not {Operation}; the balance is fetched from the server directly.")]
    public static partial void FleetCacheUnavailable(ILogger logger, string operation, Exception exception);
}
