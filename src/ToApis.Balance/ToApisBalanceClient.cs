using Microsoft.Extensions.Logging;
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
    private readonly ILogger logger;
    private readonly ClientTelemetry telemetry;
    private readonly SharedBalanceCall<TokenBalance>? sharedToken;
    private readonly SharedBalanceCall<UserBalance>? sharedUser;
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
        : this(ResolvedOptions.Create(options, ClientIdentity.Constructed, timeProvider), owned: handler is null ? ClientPipeline.CreatePrimaryHandler() : null, handler)
    {
    }

    private ToApisBalanceClient(ResolvedOptions resolved, HttpMessageHandler? owned, HttpMessageHandler? callers)
        : this(new HttpClient(ClientPipeline.CreateHandlerChain(resolved, callers ?? owned!), disposeHandler: false), resolved)
    {
        // Our handlers hold nothing to dispose, and the caller's handler is the caller's to dispose.
        ownedHandler = owned;
    }

    /// <summary>Used by the dependency-injection registration, where the factory owns the handlers.</summary>
    /// <param name="httpClient">The factory's client.</param>
    /// <param name="resolved">The checked options.</param>
    /// <param name="cache">The fleet cache registered for this client, used only with a freshness window.</param>
    internal ToApisBalanceClient(HttpClient httpClient, ResolvedOptions resolved, IBalanceCache? cache = null)
    {
        this.httpClient = httpClient;
        errors = resolved.Errors;
        logger = resolved.Logger;
        telemetry = resolved.Telemetry;
        ClientPipeline.ConfigureHttpClient(httpClient, resolved);
        api = ClientPipeline.CreateApi(httpClient, errors);
        if (resolved.Options.ShareConcurrentCalls || resolved.Options.MaxStaleness > TimeSpan.Zero)
        {
            var maxStaleness = resolved.Options.MaxStaleness;
            if (cache is not null && maxStaleness > TimeSpan.Zero)
            {
                // Inside the in-process sharing: one client asks the fleet cache once at a time per endpoint.
                sharedToken = new(Cached(cache, CacheKey(resolved, TokenEndpoint), FetchTokenBalanceAsync, maxStaleness), resolved.TimeProvider, maxStaleness);
                sharedUser = new(Cached(cache, CacheKey(resolved, UserEndpoint), FetchUserBalanceAsync, maxStaleness), resolved.TimeProvider, maxStaleness);
            }
            else
            {
                sharedToken = new(FetchTokenBalanceAsync, resolved.TimeProvider, maxStaleness);
                sharedUser = new(FetchUserBalanceAsync, resolved.TimeProvider, maxStaleness);
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return sharedToken is null ? FetchTokenBalanceAsync(cancellationToken) : sharedToken.GetAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return sharedUser is null ? FetchUserBalanceAsync(cancellationToken) : sharedUser.GetAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<Balances> GetBalancesAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Balances.ReadAsync(this, cancellationToken);
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

    private const string TokenEndpoint = "GET /v1/balance";

    private const string UserEndpoint = "GET /v1/user/balance";

    private static string CacheKey(ResolvedOptions resolved, string endpoint) =>
        BalanceCacheKey.Create(resolved.ApiKey, resolved.BaseAddress, endpoint, resolved.Options.BalanceUnit);

    private static Func<CancellationToken, Task<T>> Cached<T>(IBalanceCache cache, string key, Func<CancellationToken, Task<T>> fetch, TimeSpan maxStaleness)
        where T : BalanceSnapshot
    {
        Func<CancellationToken, ValueTask<T>> upstream = cancellationToken => new ValueTask<T>(fetch(cancellationToken));
        return cancellationToken => cache.GetOrFetchAsync(key, upstream, maxStaleness, cancellationToken).AsTask();
    }

    private static string RequireKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return apiKey;
    }

    private Task<TokenBalance> FetchTokenBalanceAsync(CancellationToken cancellationToken) =>
        FetchAsync<TokenBalance>(static (api, token) => api.GetTokenBalanceAsync(token), TokenEndpoint, cancellationToken);

    private Task<UserBalance> FetchUserBalanceAsync(CancellationToken cancellationToken) =>
        FetchAsync<UserBalance>(static (api, token) => api.GetUserBalanceAsync(token), UserEndpoint, cancellationToken);

    /// <summary>One upstream call of an endpoint: its balance, or its failure logged once and thrown; measured when listened to.</summary>
    private async Task<T> FetchAsync<T>(Func<IToApisBalanceApi, CancellationToken, Task<HttpResponseMessage>> send, string endpoint, CancellationToken cancellationToken)
        where T : BalanceSnapshot
    {
        var account = typeof(T) == typeof(UserBalance);
        using var activity = telemetry.StartCall(account);
        var started = telemetry.Start();
        try
        {
            var balance = Read<T>(await send(api, cancellationToken).ConfigureAwait(false), endpoint);
            telemetry.Completed(activity, account, started, failure: null);
            return balance;
        }
        catch (ToApisException e)
        {
            Log.CallFailed(logger, endpoint, e.GetType().Name, e.StatusCode, e);
            telemetry.Completed(activity, account, started, e);
            throw;
        }
        catch (OperationCanceledException)
        {
            // Canceled by its caller (or by GetBalancesAsync once the other call failed): not a failure of the call.
            ClientTelemetry.Canceled(activity);
            throw;
        }
    }

    /// <summary>The balance the handlers read from the last attempt's response (a failure was thrown by them).</summary>
    private T Read<T>(HttpResponseMessage response, string endpoint)
        where T : BalanceSnapshot
    {
        using (response)
        {
            if (response.Content is not ClassifiedContent classified)
            {
                throw errors.NotClassified((int)response.StatusCode);
            }

            Log.BalanceRead(logger, endpoint);
            return (T)classified.Balance;
        }
    }
}
