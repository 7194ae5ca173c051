namespace ToApis.Balance;

/// <summary>
/// The balance of the whole account that owns the API key (<c>GET /v1/user/balance</c>), limited by the account's quota.
/// </summary>
public sealed record UserBalance : BalanceSnapshot;
