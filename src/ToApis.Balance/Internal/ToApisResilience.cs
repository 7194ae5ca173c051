using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// The resilience pipeline of every client, built the same way with or without dependency injection:
/// a total timeout around retries around a per-attempt timeout (the order of the standard HTTP pipeline).
/// </summary>
internal static class ToApisResilience
{
    public const string PipelineName = "ToApis.Balance";

    public static ResiliencePipeline<HttpResponseMessage> Build(ToApisBalanceClientOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName, TimeProvider = timeProvider };
        Configure(builder, options, timeProvider);
        return builder.Build();
    }

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ToApisBalanceClientOptions options, TimeProvider timeProvider)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(CreateRetryOptions(options, timeProvider));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(ToApisBalanceClientOptions options, TimeProvider timeProvider)
    {
        // A wait as long as the whole call's budget could only end in a timeout: such a Retry-After is not waited.
        var maxRetryAfter = options.MaxRetryAfter < options.TotalTimeout ? options.MaxRetryAfter : options.TotalTimeout - TimeSpan.FromTicks(1);

        // Plain retry options: the HTTP flavour's transient-status list and Retry-After handling are both replaced
        // here (Polly would wait any Retry-After, past MaxDelay too), so it would add nothing but a setter-order trap.
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "Retry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome, maxRetryAfter, timeProvider)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                args.Outcome.Result is { } response ? RetryAfterHeader.Get(response, timeProvider) : null),
        };
    }

    /// <summary>
    /// What is worth another attempt: the transient statuses, lost connections, attempt timeouts and the
    /// server's transient database error; never a response whose Retry-After asks for more than the cap.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response)
        {
            var transient = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
            return transient && (RetryAfterHeader.Get(response, timeProvider) is not TimeSpan wait || wait <= maxRetryAfter);
        }

        return outcome.Exception switch
        {
            // Raised inside the attempt for a failure sent with HTTP 200: retried like the status it stands for.
            ToApisException e when e is ToApisServerException or ToApisRateLimitException => !(e.RetryAfter > maxRetryAfter),
            ToApisException => false,
            TimeoutRejectedException => true,
            HttpRequestException => true,
            IOException => true,
            _ => false,
        };
    }
}
