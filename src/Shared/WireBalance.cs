namespace ToApis.Balance.Internal;

/// <summary>
/// The figures of a balance body as the server names them (<c>remain_balance</c>, <c>used_balance</c>,
/// <c>remain_credits</c>, <c>used_credits</c>, <c>credits_per_usd</c>, <c>unlimited_quota</c>), each
/// <see langword="null"/> when not sent. What <see cref="BalanceMapper"/> maps, declared once: the client's reader
/// fills it from a body, the testing kit's model factory from its arguments, and its sandbox writes it as a body.
/// Shared source, compiled into the core and the testing kit.
/// </summary>
internal struct WireBalance
{
    public decimal? RemainBalance { get; set; }

    public decimal? UsedBalance { get; set; }

    public decimal? RemainCredits { get; set; }

    public decimal? UsedCredits { get; set; }

    public decimal? CreditsPerUsd { get; set; }

    public bool? UnlimitedQuota { get; set; }

    /// <summary>Whether the server sent any of the figures.</summary>
    public readonly bool HasAnyField =>
        RemainBalance is not null || UsedBalance is not null || RemainCredits is not null
        || UsedCredits is not null || CreditsPerUsd is not null || UnlimitedQuota is not null;
}
