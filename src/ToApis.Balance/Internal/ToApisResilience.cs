using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace ToApis.Balance.Internal;

/// <summary>
/// The retry pipeline of every client, built the same way with or without dependency injection: retries with
/// exponential backoff and jitter, or the server's <c>Retry-After</c>. It decides nothing about an outcome: whether
/// to retry and how long the server asked to wait are the attempt's <see cref="Verdict"/>
/// (<see cref="ResponseClassifier"/>). The timeouts are not in it: <see cref="ResilientCallHandler"/> owns them, so
/// it knows which one ran out without asking Polly.
/// </summary>
internal static class ToApisResilience
{
    public const string PipelineName = "ToApis.Balance";

    /// <param name="options">The client's options.</param>
    /// <param name="clientName">The client's name, empty for the unnamed one: the pipeline's instance name in logs and metrics.</param>
    /// <param name="timeProvider">The clock of the delays.</param>
    /// <param name="loggerFactory">Where attempts and retries are logged, or <see langword="null"/> for nowhere.</param>
    public static ResiliencePipeline<Verdict> Build(ToApisBalanceClientOptions options, string clientName, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        var builder = new ResiliencePipelineBuilder<Verdict> { Name = PipelineName, InstanceName = clientName, TimeProvider = timeProvider };
        if (loggerFactory is not null)
        {
            // One Warning per retry (OnRetry); each attempt's own record ("Execution attempt", Warning when it failed,
            // Information when it succeeded) is Debug, so a retried call does not log two or three lines per retry.
            builder.ConfigureTelemetry(new TelemetryOptions
            {
                LoggerFactory = loggerFactory,
                SeverityProvider = args => args.Event.EventName == "ExecutionAttempt" ? ResilienceEventSeverity.Debug : args.Event.Severity,

                // As Polly logs an HTTP response: by its status; an attempt without one, by its kind (a timeout, a lost connection).
                ResultFormatter = (_, result) => result is Verdict verdict ? Format(verdict) : result,
            });
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Verdict>
            {
                Name = "Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => new ValueTask<bool>(args.Outcome.Result.Retryable),

                // A Retry-After that reached here was already checked against the cap and the call's budget.
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result.Failure?.Details.RetryAfter),
            });
        }

        return builder.Build();
    }

    private static object? Format(Verdict verdict) => verdict.Failure is { } failure
        ? failure.Details.StatusCode ?? (object)failure.Kind
        : (int?)verdict.Response?.StatusCode;
}
