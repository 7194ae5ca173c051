namespace ToApis.Balance;

/// <summary>
/// A cache that several clients, possibly in several processes, share: the hook of the fleet cache
/// (<c>ToApis.Balance.Caching</c>). A client created by dependency injection uses the <see cref="IBalanceCache"/>
/// registered as a keyed service under its name (<c>""</c> for the unnamed client), and only when its
/// <see cref="ToApisBalanceClientOptions.MaxStaleness"/> is above zero.
/// </summary>
/// <remarks>
/// The client calls it inside its own sharing of concurrent calls, so one client asks the cache at most once at a
/// time per endpoint. An implementation stores only the balance it is given, never caches a failure (an exception
/// of <c>fetch</c> reaches the caller and nothing is stored), and serves nothing older than the window it is given.
/// </remarks>
public interface IBalanceCache
{
    /// <summary>Gets the balance stored under a key while it is fresh, or fetches it from the server and stores it.</summary>
    /// <typeparam name="T">The balance type of the endpoint.</typeparam>
    /// <param name="key">
    /// The cache key: <c>toapis:balance:v1:</c> and a hex SHA-256 of the API key, the server address, the endpoint
    /// and the balance unit. It never holds the API key itself.
    /// </param>
    /// <param name="fetch">Calls the server; it throws a <see cref="ToApisException"/> when the call fails.</param>
    /// <param name="maxStaleness">How old a stored balance (by its <see cref="BalanceSnapshot.FetchedAt"/>) may be to be served.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A balance at most <paramref name="maxStaleness"/> old.</returns>
    /// <exception cref="ToApisException">The balance had to be fetched and the call failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    ValueTask<T> GetOrFetchAsync<T>(string key, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
        where T : BalanceSnapshot;
}
