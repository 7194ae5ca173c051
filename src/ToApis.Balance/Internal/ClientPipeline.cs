using Refit;

namespace ToApis.Balance.Internal;

/// <summary>The parts every client is made of, in one place for the constructors and the dependency-injection registration.</summary>
internal static class ClientPipeline
{
    /// <summary>The SDK's default network handler: no automatic redirects (the SDK follows them itself, keeping the key on its host) and recycled connections.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = ToApisDefaults.PooledConnectionLifetime,
    };

    /// <summary>
    /// The SDK's handlers, outermost first: the key; the attempts (timeouts, retries, same-origin redirects, each
    /// body read and classified).
    /// </summary>
    public static DelegatingHandler[] CreateHandlers(ResolvedOptions resolved) =>
    [
        new BearerTokenHandler(resolved.ApiKey),
        new ResilientCallHandler(resolved),
    ];

    /// <summary>Chains the SDK's handlers on top of <paramref name="innermost"/>, for a client without dependency injection.</summary>
    public static DelegatingHandler CreateHandlerChain(ResolvedOptions resolved, HttpMessageHandler innermost)
    {
        var handlers = CreateHandlers(resolved);
        for (var i = 0; i < handlers.Length; i++)
        {
            handlers[i].InnerHandler = i + 1 < handlers.Length ? handlers[i + 1] : innermost;
        }

        return handlers[0];
    }

    public static void ConfigureHttpClient(HttpClient httpClient, ResolvedOptions resolved)
    {
        httpClient.BaseAddress = resolved.BaseAddress;

        // The resilience pipeline owns every timeout; two owners would race.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>
    /// The Refit client: it describes the two requests and hands back the response the handlers classified. A
    /// failed call reaches its transport hook as the exception <see cref="ResilientCallHandler"/> built, which the
    /// hook passes on (<see cref="ToApisErrorFactory.FromTransport"/>).
    /// </summary>
    public static IToApisBalanceApi CreateApi(HttpClient httpClient, ToApisErrorFactory errors) =>
        RestService.ForGenerated<IToApisBalanceApi>(
            httpClient,
            new RefitSettings
            {
                TransportExceptionFactory = (_, exception, cancellationToken) => errors.FromTransport(exception, cancellationToken),
            });
}
