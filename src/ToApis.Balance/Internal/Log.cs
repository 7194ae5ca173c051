using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Internal;

/// <summary>
/// The SDK's own log events, with fixed ids. A call that succeeds logs at Debug only; a call that fails logs
/// once, at Error, with its (scrubbed) exception. Retries are logged by the retry pipeline's telemetry, at Warning.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "BalanceRead", Level = LogLevel.Debug, Message = "ToAPIs {Endpoint} answered with a balance.")]
    public static partial void BalanceRead(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2, EventName = "CallFailed", Level = LogLevel.Error, Message = "ToAPIs {Endpoint} call failed: {FailureType} (HTTP {StatusCode}).")]
    public static partial void CallFailed(ILogger logger, string endpoint, string failureType, int? statusCode, ToApisException exception);
}
