using ToApis.Balance.Internal;

namespace ToApis.Balance;

/// <summary>
/// The client of the ToAPIs balance endpoints. Create one per API key and reuse it: it is thread-safe and
/// holds a connection pool.
/// </summary>
/// <remarks>
/// Every call sends <c>Authorization: Bearer &lt;key&gt;</c>, retries transient failures with exponential
/// backoff and jitter, honours <c>Retry-After</c>, and reports every failure as a <see cref="ToApisException"/>.
/// </remarks>
public sealed class ToApisBalanceClient : IToApisBalanceClient, IDisposable
{
    private readonly HttpClient httpClient;
    private readonly HttpMessageHandler? ownedHandler;
    private readonly IToApisBalanceApi api;
    private readonly ToApisErrorFactory errors;
    private readonly BalanceUnit unit;
    private volatile bool disposed;

    /// <summary>Initializes a new instance of the <see cref="ToApisBalanceClient"/> class for a key, with the default options.</summary>
    /// <param name="apiKey">The API key (<c>sk-…</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="apiKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is empty or white space, or holds characters a header cannot carry.</exception>
    public ToApisBalanceClient(string apiKey)
        : this(new ToApisBalanceClientOptions { ApiKey = RequireKey(apiKey) })
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisBalanceClient"/> class with options.</summary>
    /// <param name="options">The options; they are copied, so later changes to them have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public ToApisBalanceClient(ToApisBalanceClientOptions options)
        : this(options, handler: null, TimeProvider.System)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="ToApisBalanceClient"/> class that sends through the given
    /// handler (a proxy, custom TLS settings, a test double). The SDK's authentication, retry and redirect
    /// handling sit on top of it; the caller keeps owning it and disposes it.
    /// </summary>
    /// <param name="options">The options; they are copied, so later changes to them have no effect.</param>
    /// <param name="handler">The handler that sends requests. Its own automatic redirects, if on, drop the API key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="handler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public ToApisBalanceClient(ToApisBalanceClientOptions options, HttpMessageHandler handler)
        : this(options, handler ?? throw new ArgumentNullException(nameof(handler)), TimeProvider.System)
    {
    }

    internal ToApisBalanceClient(ToApisBalanceClientOptions options, HttpMessageHandler? handler, TimeProvider timeProvider)
    {
        var resolved = ResolvedOptions.Create(options, ClientIdentity.Constructed, timeProvider);
        errors = resolved.Errors;
        ownedHandler = handler is null ? ClientPipeline.CreatePrimaryHandler() : null;

        // Our handlers hold nothing to dispose, and the caller's handler is the caller's to dispose.
        httpClient = new HttpClient(ClientPipeline.CreateHandlerChain(resolved, handler ?? ownedHandler!), disposeHandler: false);
        ClientPipeline.ConfigureHttpClient(httpClient, resolved);
        api = ClientPipeline.CreateApi(httpClient, errors);
        unit = resolved.Options.BalanceUnit;
    }

    /// <summary>Used by the dependency-injection registration, where the factory owns the handlers.</summary>
    internal ToApisBalanceClient(HttpClient httpClient, ResolvedOptions resolved)
    {
        this.httpClient = httpClient;
        errors = resolved.Errors;
        ClientPipeline.ConfigureHttpClient(httpClient, resolved);
        api = ClientPipeline.CreateApi(httpClient, errors);
        unit = resolved.Options.BalanceUnit;
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public async Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Read<TokenBalance>(await api.GetTokenBalanceAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public async Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Read<UserBalance>(await api.GetUserBalanceAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Releases the connections the client owns. Calls in flight are aborted and fail with a
    /// <see cref="ToApisException"/>; later calls throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        disposed = true;
        httpClient.Dispose();
        ownedHandler?.Dispose();
    }

    private static string RequireKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return apiKey;
    }

    /// <summary>The verdict the handlers reached on the last attempt's response: its balance, or its failure thrown.</summary>
    private T Read<T>(HttpResponseMessage response)
        where T : BalanceSnapshot, new()
    {
        using (response)
        {
            if (response.Content is not ClassifiedContent classified)
            {
                throw errors.NotClassified((int)response.StatusCode);
            }

            return classified.Failure is { } failure ? throw failure : BalanceMapper.Map<T>(classified.Balance!, unit);
        }
    }
}
