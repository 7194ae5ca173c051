namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// The figures of a balance as the fleet cache stores them: nothing else (no key, no address). A
/// <see cref="Quota"/> keeps its state private, so it travels as a <see cref="CachedQuota"/>.
/// </summary>
internal sealed class CachedBalance
{
    public CachedQuota? Remaining { get; set; }

    public decimal? Used { get; set; }

    public CachedQuota? RemainingCredits { get; set; }

    public decimal? UsedCredits { get; set; }

    public decimal? CreditsPerUsd { get; set; }

    public BalanceUnit Unit { get; set; }

    public CachedQuota? RemainingUsd { get; set; }

    public decimal? UsedUsd { get; set; }

    public DateTimeOffset FetchedAt { get; set; }

    public static CachedBalance From(BalanceSnapshot balance) => new()
    {
        Remaining = CachedQuota.From(balance.Remaining),
        Used = balance.Used,
        RemainingCredits = CachedQuota.From(balance.RemainingCredits),
        UsedCredits = balance.UsedCredits,
        CreditsPerUsd = balance.CreditsPerUsd,
        Unit = balance.Unit,
        RemainingUsd = CachedQuota.From(balance.RemainingUsd),
        UsedUsd = balance.UsedUsd,
        FetchedAt = balance.FetchedAt,
    };

    public T ToBalance<T>()
        where T : BalanceSnapshot, new() => new()
    {
        Remaining = CachedQuota.ToQuota(Remaining),
        Used = Used,
        RemainingCredits = CachedQuota.ToQuota(RemainingCredits),
        UsedCredits = UsedCredits,
        CreditsPerUsd = CreditsPerUsd,
        Unit = Unit,
        RemainingUsd = CachedQuota.ToQuota(RemainingUsd),
        UsedUsd = UsedUsd,
        FetchedAt = FetchedAt,
    };
}
