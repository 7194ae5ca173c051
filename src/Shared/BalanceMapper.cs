namespace ToApis.Balance.Internal;

/// <summary>
/// The one mapping between the wire figures and the public records: the client maps every balance body through it,
/// and the testing kit's model factory and sandbox go through it too, so a test double cannot map differently from
/// the client. A missing figure stays missing, and <c>-1</c> means Unlimited only where the server did not say
/// otherwise. Shared source, compiled into the core and the testing kit (internal in each), so no public API exists
/// only for this.
/// </summary>
internal static partial class BalanceMapper
{
    /// <summary>The documented credit rate, 1 US dollar = 200 credits: what credits sent without a rate are converted at.</summary>
    public const decimal DocumentedCreditsPerUsd = 200m;

    /// <summary>The record a client configured with <paramref name="unit"/> returns for these figures, received at <paramref name="fetchedAt"/>.</summary>
    public static T ToSnapshot<T>(in WireBalance wire, BalanceUnit unit, DateTimeOffset fetchedAt)
        where T : BalanceSnapshot, new()
    {
        var unlimited = IsUnlimited(wire.RemainBalance, wire.UnlimitedQuota);

        // A rate of zero or less converts nothing: the USD view is then not reported.
        decimal? rate = wire.CreditsPerUsd switch
        {
            null => DocumentedCreditsPerUsd,
            > 0m and var sent => sent,
            _ => null,
        };
        return new T
        {
            Unit = unit,
            Remaining = ToQuota(wire.RemainBalance, unlimited),
            Used = wire.UsedBalance,
            RemainingCredits = ToQuota(wire.RemainCredits, unlimited),
            UsedCredits = wire.UsedCredits,
            CreditsPerUsd = wire.CreditsPerUsd,
            RemainingUsd = ToQuota(ToUsd(wire.RemainCredits, rate), unlimited),
            UsedUsd = ToUsd(wire.UsedCredits, rate),
            FetchedAt = fetchedAt,
        };
    }

    /// <summary>
    /// The figures a server sends for a record this mapper built: mapped back, they give the same record (but for
    /// <see cref="BalanceSnapshot.Unit"/> and <see cref="BalanceSnapshot.FetchedAt"/>, which are not on the wire).
    /// Unlimited goes out as <c>-1</c> with <c>unlimited_quota: true</c>, and the flag is always sent, so that an
    /// overdrawn <c>-1</c> stays overdrawn.
    /// </summary>
    public static WireBalance ToWire(BalanceSnapshot balance) => new()
    {
        RemainBalance = balance.Remaining.IsUnlimited ? -1m : balance.Remaining.Amount,
        UsedBalance = balance.Used,
        RemainCredits = balance.RemainingCredits.Amount,
        UsedCredits = balance.UsedCredits,
        CreditsPerUsd = balance.CreditsPerUsd,
        UnlimitedQuota = balance.IsUnlimited,
    };

    /// <summary>
    /// The server's flag decides when it sent one: with <c>unlimited_quota: false</c>, <c>-1</c> is an overdrawn
    /// balance, not the unlimited sentinel. Only without the flag does <c>-1</c> stand for Unlimited, as the contract says.
    /// </summary>
    public static bool IsUnlimited(decimal? remainBalance, bool? unlimitedQuota) => unlimitedQuota ?? remainBalance == -1m;

    /// <summary>A remaining figure: Unlimited whatever was sent when no limit applies, else the amount, or not reported.</summary>
    public static Quota ToQuota(decimal? amount, bool unlimited) =>
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
