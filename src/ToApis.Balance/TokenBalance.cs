namespace ToApis.Balance;

/// <summary>
/// The balance of the single API key that made the call (<c>GET /v1/balance</c>), limited by the key's own quota.
/// </summary>
public sealed record TokenBalance : BalanceSnapshot;
