using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// The resilience pipeline of every client, built the same way with or without dependency injection:
/// a total timeout around retries around a per-attempt timeout (the order of the standard HTTP pipeline).
/// Whether an outcome is worth a retry was decided when its response was classified; this only reads it.
/// </summary>
internal static class ToApisResilience
{
    public const string PipelineName = "ToApis.Balance";

    /// <param name="options">The client's options.</param>
    /// <param name="clientName">The client's name, empty for the unnamed one: the pipeline's instance name in logs and metrics.</param>
    /// <param name="timeProvider">The clock of the timeouts and delays.</param>
    /// <param name="loggerFactory">Where attempts and retries are logged, or <see langword="null"/> for nowhere.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(ToApisBalanceClientOptions options, string clientName, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName, InstanceName = clientName, TimeProvider = timeProvider };
        if (loggerFactory is not null)
        {
            builder.ConfigureTelemetry(new TelemetryOptions { LoggerFactory = loggerFactory });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });
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

    /// <summary>A transient failure the classifier marked retryable, a lost connection or a timed-out attempt.</summary>
    internal static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? response.Content is ClassifiedContent { Retryable: true }
            : outcome.Exception is TimeoutRejectedException or HttpRequestException or IOException;
}
