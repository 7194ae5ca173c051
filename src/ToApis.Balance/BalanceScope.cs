namespace ToApis.Balance;

/// <summary>Which balance a figure, a threshold or a check is about: the API key's, the account's, or both.</summary>
public enum BalanceScope
{
    /// <summary>The API key's own balance (<c>GET /v1/balance</c>).</summary>
    Token = 1,

    /// <summary>The balance of the account that owns the key (<c>GET /v1/user/balance</c>).</summary>
    User = 2,

    /// <summary>Both balances; where one figure is needed, the smaller of the two (the effective remaining).</summary>
    Both = 3,
}
