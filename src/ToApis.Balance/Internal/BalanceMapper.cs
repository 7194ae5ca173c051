namespace ToApis.Balance.Internal;

/// <summary>From the wire shape to the public records: <c>-1</c> becomes Unlimited, a missing field stays missing.</summary>
internal static class BalanceMapper
{
    public static T Map<T>(BalanceResponse body, BalanceUnit unit)
        where T : BalanceSnapshot, new()
    {
        var unlimited = body.UnlimitedQuota == true || body.RemainBalance == -1m;

        // No rate: the documented one. A rate of zero or less converts nothing: the USD view is then not reported.
        decimal? rate = body.CreditsPerUsd switch
        {
            null => ToApisDefaults.CreditsPerUsd,
            > 0m and var sent => sent,
            _ => null,
        };
        return new T
        {
            Unit = unit,
            Remaining = ToQuota(body.RemainBalance, unlimited),
            Used = body.UsedBalance,
            RemainingCredits = ToQuota(body.RemainCredits, unlimited),
            UsedCredits = body.UsedCredits,
            CreditsPerUsd = body.CreditsPerUsd,
            RemainingUsd = ToQuota(body.RemainCredits / rate, unlimited),
            UsedUsd = body.UsedCredits / rate,
        };
    }

    private static Quota ToQuota(decimal? amount, bool unlimited) =>
        unlimited ? Quota.Unlimited : amount is decimal value ? Quota.Limited(value) : Quota.NotReported;
}
