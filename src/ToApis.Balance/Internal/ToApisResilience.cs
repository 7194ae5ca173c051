using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// The retry pipeline of every client, built the same way with or without dependency injection: a total timeout
/// around retries around a per-attempt timeout (the order of the standard HTTP pipeline). It takes over a call
/// after a first attempt worth retrying (<see cref="ResilientCallHandler"/>); its total timeout is what is left
/// of the call's. Whether an outcome is worth a retry was decided when its response was classified; this only
/// reads it.
/// </summary>
internal static class ToApisResilience
{
    public const string PipelineName = "ToApis.Balance";

    private static readonly ResiliencePropertyKey<long> CallStarted = new("ToApis.Balance.CallStarted");

    /// <summary>Notes when the call started (<see cref="TimeProvider.GetTimestamp"/>), so the total timeout covers the first attempt too.</summary>
    public static void SetCallStart(ResilienceContext context, long started) => context.Properties.Set(CallStarted, started);

    /// <param name="options">The client's options.</param>
    /// <param name="clientName">The client's name, empty for the unnamed one: the pipeline's instance name in logs and metrics.</param>
    /// <param name="timeProvider">The clock of the timeouts and delays.</param>
    /// <param name="loggerFactory">Where attempts and retries are logged, or <see langword="null"/> for nowhere.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(ToApisBalanceClientOptions options, string clientName, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName, InstanceName = clientName, TimeProvider = timeProvider };
        if (loggerFactory is not null)
        {
            // One Warning per retry (OnRetry); each attempt's own record ("Execution attempt", Warning when it failed,
            // Information when it succeeded) is Debug, so a retried call does not log two or three lines per retry.
            builder.ConfigureTelemetry(new TelemetryOptions
            {
                LoggerFactory = loggerFactory,
                SeverityProvider = args => args.Event.EventName == "ExecutionAttempt" ? ResilienceEventSeverity.Debug : args.Event.Severity,
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "TotalTimeout",
            Timeout = options.TotalTimeout,
            TimeoutGenerator = args => new ValueTask<TimeSpan>(TimeLeft(args.Context, options.TotalTimeout, options.AttemptTimeout, timeProvider)),
        });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => new ValueTask<bool>(IsRetryable(args.Outcome)),

                // A Retry-After that reached here was already checked against the cap and the call's budget.
                DelayGenerator = args => new ValueTask<TimeSpan?>((args.Outcome.Result?.Content as ClassifiedContent)?.Failure?.RetryAfter),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>What is left of the call's total timeout; at least a tick, since Polly reads zero as "no timeout".</summary>
    private static TimeSpan TimeLeft(ResilienceContext context, TimeSpan total, TimeSpan attempt, TimeProvider timeProvider)
    {
        if (!context.Properties.TryGetValue(CallStarted, out var started))
        {
            return total;
        }

        var left = total - timeProvider.GetElapsedTime(started);
        if (left == attempt)
        {
            // The error message tells the two timeouts apart by their length: a tick keeps them apart.
            left -= TimeSpan.FromTicks(1);
        }

        return left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1);
    }

    /// <summary>A transient failure the classifier marked retryable, a lost connection or a timed-out attempt.</summary>
    internal static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? response.Content is ClassifiedContent { Retryable: true }
            : outcome.Exception is TimeoutRejectedException or HttpRequestException or IOException;
}
