using Refit;

namespace ToApis.Balance.Internal;

/// <summary>
/// The two balance endpoints, as Refit describes them. Both answer with the same wire shape, which the handlers
/// read and classify inside each attempt: the response comes back whole, its content a <see cref="ClassifiedContent"/>.
/// </summary>
internal interface IToApisBalanceApi
{
    /// <summary>The balance of the key that makes the call.</summary>
    [Get("/v1/balance")]
    Task<HttpResponseMessage> GetTokenBalanceAsync(CancellationToken cancellationToken);

    /// <summary>The path of the account's balance, which the handlers tell from the key's by its end.</summary>
    const string UserBalancePath = "/v1/user/balance";

    /// <summary>The balance of the account that owns the key.</summary>
    [Get(UserBalancePath)]
    Task<HttpResponseMessage> GetUserBalanceAsync(CancellationToken cancellationToken);
}
