using Microsoft.Extensions.Http.Resilience;
using Refit;

namespace ToApis.Balance.Internal;

/// <summary>The parts every client is made of, shared by the constructors and the dependency-injection registration.</summary>
internal static class ClientPipeline
{
    private static readonly SystemTextJsonContentSerializer Serializer = new(ToApisJsonContext.Default.Options);

    /// <summary>The SDK's default network handler: no automatic redirects (the SDK follows them itself, keeping the key on its host) and recycled connections.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = ToApisDefaults.PooledConnectionLifetime,
    };

    /// <summary>Builds the handler chain of a client without dependency injection, on top of <paramref name="innermost"/>.</summary>
    public static DelegatingHandler CreateHandlerChain(ResolvedOptions resolved, HttpMessageHandler innermost) =>
        new BearerTokenHandler(resolved.ApiKey)
        {
            InnerHandler = new ResilienceHandler(ToApisResilience.Build(resolved.Options, resolved.TimeProvider))
            {
                InnerHandler = new ResponseBufferingHandler(resolved.Errors)
                {
                    InnerHandler = new SameOriginRedirectHandler(resolved.Errors) { InnerHandler = innermost },
                },
            },
        };

    public static void ConfigureHttpClient(HttpClient httpClient, ResolvedOptions resolved)
    {
        httpClient.BaseAddress = resolved.BaseAddress;

        // The resilience pipeline owns every timeout; two owners would race.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
    }

    public static IToApisBalanceApi CreateApi(HttpClient httpClient, ToApisErrorFactory errors) =>
        RestService.ForGenerated<IToApisBalanceApi>(
            httpClient,
            new RefitSettings(Serializer)
            {
                ExceptionFactory = errors.FromErrorResponseAsync,
                DeserializationExceptionFactory = errors.FromUnreadableBodyAsync,
                TransportExceptionFactory = (_, exception, cancellationToken) => errors.FromTransport(exception, cancellationToken),
            });
}
