using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// A stock Polly pipeline in the order of the standard resilience handler: a total timeout of 30 s around
/// 3 retries (exponential, jitter, the HTTP transient outcomes) around a 10 s attempt timeout.
/// </summary>
internal static class StandardPipeline
{
    public static ResilienceHandler CreateHandler(HttpMessageHandler inner) =>
        new(new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 3, BackoffType = DelayBackoffType.Exponential, UseJitter = true })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build())
        {
            InnerHandler = inner,
        };
}
