namespace ToApis.Balance.Caching.Internal;

/// <summary>A <see cref="Quota"/> on the wire: absent when not reported, <c>Unlimited</c>, or an <c>Amount</c>.</summary>
internal sealed class CachedQuota
{
    public decimal? Amount { get; set; }

    public bool Unlimited { get; set; }

    public static CachedQuota? From(Quota quota) =>
        quota.IsUnlimited ? new CachedQuota { Unlimited = true }
        : quota.TryGetAmount(out var amount) ? new CachedQuota { Amount = amount }
        : null;

    public static Quota ToQuota(CachedQuota? quota) => quota switch
    {
        null => Quota.NotReported,
        { Unlimited: true } => Quota.Unlimited,
        { Amount: { } amount } => Quota.Limited(amount),
        _ => Quota.NotReported,
    };
}
