using Microsoft.Extensions.Logging;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The monitor's log events, with fixed ids (the core's are 1 and 2, the fleet cache's 101).</summary>
internal static partial class Log
{
    public const string Category = "ToApis.Balance.Monitoring";

    [LoggerMessage(EventId = 201, EventName = "BalanceAlert", Message = "{AlertMessage}")]
    public static partial void Alert(ILogger logger, LogLevel level, string alertMessage);

    [LoggerMessage(EventId = 202, EventName = "BalancePolled", Level = LogLevel.Debug, Message = "Balance of client '{ClientName}' polled: level {Level}, {RemainingCredits} credits left; next poll in {NextPollIn}.")]
    public static partial void Polled(ILogger logger, string clientName, AlertLevel level, Quota remainingCredits, TimeSpan nextPollIn);

    [LoggerMessage(EventId = 203, EventName = "BalancePollFailed", Level = LogLevel.Debug, Message = "Balance poll of client '{ClientName}' failed ({FailureType}), {ConsecutiveFailures} in a row; next poll in {NextPollIn}.")]
    public static partial void PollFailed(ILogger logger, string clientName, string failureType, int consecutiveFailures, TimeSpan nextPollIn);

    [LoggerMessage(EventId = 204, EventName = "BalancePollError", Level = LogLevel.Error, Message = "Balance poll of client '{ClientName}' failed unexpectedly; the monitor keeps polling.")]
    public static partial void PollError(ILogger logger, string clientName, Exception exception);

    [LoggerMessage(EventId = 205, EventName = "BalanceAlertHandlerFailed", Level = LogLevel.Error, Message = "A balance alert handler or event subscriber ({Handler}) threw; the monitor goes on.")]
    public static partial void HandlerFailed(ILogger logger, string handler, Exception exception);
}
