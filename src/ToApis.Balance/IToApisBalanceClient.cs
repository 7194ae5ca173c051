namespace ToApis.Balance;

/// <summary>Reads the balances of a ToAPIs key and of the account that owns it.</summary>
/// <remarks>Implementations are thread-safe: one instance serves any number of concurrent calls.</remarks>
public interface IToApisBalanceClient
{
    /// <summary>Gets the balance of the API key the client uses (<c>GET /v1/balance</c>).</summary>
    /// <param name="cancellationToken">Cancels the call, retries and backoff included.</param>
    /// <returns>The key's balance.</returns>
    /// <exception cref="ToApisAuthenticationException">The key is missing, wrong, or was deleted.</exception>
    /// <exception cref="ToApisInsufficientBalanceException">The key or its account has run out of balance (HTTP 402, <c>insufficient_quota</c>).</exception>
    /// <exception cref="ToApisRateLimitException">The server kept answering HTTP 429.</exception>
    /// <exception cref="ToApisServerException">The server kept failing.</exception>
    /// <exception cref="ToApisInvalidResponseException">The server answered with something that is not a balance.</exception>
    /// <exception cref="ToApisTimeoutException">The call ran out of time.</exception>
    /// <exception cref="ToApisException">Any other failure, such as a lost connection.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the balance of the account that owns the API key (<c>GET /v1/user/balance</c>).</summary>
    /// <param name="cancellationToken">Cancels the call, retries and backoff included.</param>
    /// <returns>The account's balance.</returns>
    /// <exception cref="ToApisAuthenticationException">The key is missing or wrong, or its user does not exist.</exception>
    /// <exception cref="ToApisInsufficientBalanceException">The key or its account has run out of balance (HTTP 402, <c>insufficient_quota</c>).</exception>
    /// <exception cref="ToApisRateLimitException">The server kept answering HTTP 429.</exception>
    /// <exception cref="ToApisServerException">The server kept failing.</exception>
    /// <exception cref="ToApisInvalidResponseException">The server answered with something that is not a balance.</exception>
    /// <exception cref="ToApisTimeoutException">The call ran out of time.</exception>
    /// <exception cref="ToApisException">Any other failure, such as a lost connection.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the balance of the API key and of its account together, both calls at once, and the effective
    /// remaining (the smaller of the two).
    /// </summary>
    /// <param name="cancellationToken">Cancels both calls, retries and backoff included.</param>
    /// <returns>Both balances.</returns>
    /// <remarks>
    /// The first call to fail cancels the other, and its exception is thrown (the exceptions are those of
    /// <see cref="GetTokenBalanceAsync"/> and <see cref="GetUserBalanceAsync"/>). A class that implements this
    /// interface gets this method for free: it calls the other two. A mocking library's mock does not: set it up too.
    /// </remarks>
    /// <exception cref="ToApisException">Either call failed; the type says how.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Balances> GetBalancesAsync(CancellationToken cancellationToken = default) => Balances.ReadAsync(this, cancellationToken);
}
