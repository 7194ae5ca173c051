namespace ToApis.Balance.Internal;

/// <summary>
/// From the wire shape to the public records: a missing field stays missing, and <c>-1</c> means Unlimited only
/// where the server did not say otherwise.
/// </summary>
internal static class BalanceMapper
{
    /// <summary>The public record of the endpoint: a <see cref="UserBalance"/> for the account, else a <see cref="TokenBalance"/>.</summary>
    public static BalanceSnapshot Map(in BalanceResponse body, bool account, BalanceUnit unit, DateTimeOffset fetchedAt) =>
        account ? Map<UserBalance>(body, unit, fetchedAt) : Map<TokenBalance>(body, unit, fetchedAt);

    private static T Map<T>(in BalanceResponse body, BalanceUnit unit, DateTimeOffset fetchedAt)
        where T : BalanceSnapshot, new()
    {
        // The server's flag decides when it sent one: with "unlimited_quota": false, -1 is an overdrawn balance,
        // not the unlimited sentinel. Only without the flag does -1 stand for Unlimited, as the contract says.
        var unlimited = body.UnlimitedQuota ?? body.RemainBalance == -1m;

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
            RemainingUsd = ToQuota(ToUsd(body.RemainCredits, rate), unlimited),
            UsedUsd = ToUsd(body.UsedCredits, rate),
            FetchedAt = fetchedAt,
        };
    }

    private static Quota ToQuota(decimal? amount, bool unlimited) =>
        unlimited ? Quota.Unlimited : amount is decimal value ? Quota.Limited(value) : Quota.NotReported;

    /// <summary>Credits in US dollars; not reported when a tiny rate makes the figure overflow a <see cref="decimal"/>.</summary>
    private static decimal? ToUsd(decimal? credits, decimal? rate)
    {
        if (credits is not decimal amount || rate is not decimal perUsd)
        {
            return null;
        }

        try
        {
            return amount / perUsd;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
