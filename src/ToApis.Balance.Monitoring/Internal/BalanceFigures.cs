namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The remaining figures a monitor judges, for the scope it watches; each may be limited, unlimited or not reported.</summary>
/// <param name="Credits">The remaining credits.</param>
/// <param name="Balance">The remaining balance in its unit.</param>
/// <param name="Usd">The remaining balance in US dollars.</param>
/// <param name="PercentRemaining">The percentage remaining of the total (remaining plus used).</param>
internal readonly record struct BalanceFigures(Quota Credits, Quota Balance, Quota Usd, Quota PercentRemaining)
{
    public static BalanceFigures From(BalanceSnapshot balance) =>
        new(balance.RemainingCredits, balance.Remaining, balance.RemainingUsd, Percent(balance));

    /// <summary>The effective figures of both sides: each the smaller of the two, as <see cref="Balances"/> defines it.</summary>
    public static BalanceFigures From(Balances balances) =>
        new(balances.EffectiveRemainingCredits, balances.EffectiveRemaining, balances.EffectiveRemainingUsd, Smaller(Percent(balances.Token), Percent(balances.User)));

    public Quota Get(ThresholdMeasure measure) => measure switch
    {
        ThresholdMeasure.Credits => Credits,
        ThresholdMeasure.Balance => Balance,
        ThresholdMeasure.Usd => Usd,
        ThresholdMeasure.PercentRemaining => PercentRemaining,
        _ => Quota.NotReported,
    };

    /// <summary>
    /// The percentage remaining of remaining plus used, from the credits where the server sends them, else from the
    /// balance; not reported when either figure is missing or nothing was ever granted; zero once overdrawn.
    /// </summary>
    private static Quota Percent(BalanceSnapshot balance)
    {
        if (balance.IsUnlimited)
        {
            return Quota.Unlimited;
        }

        if (balance.RemainingCredits.TryGetAmount(out var remaining) && balance.UsedCredits is { } used)
        {
            return Percent(remaining, used);
        }

        return balance.Remaining.TryGetAmount(out remaining) && balance.Used is { } spent ? Percent(remaining, spent) : Quota.NotReported;
    }

    private static Quota Percent(decimal remaining, decimal used)
    {
        if (remaining <= 0)
        {
            return Quota.Limited(0m);
        }

        var total = remaining + used;
        return total <= 0 ? Quota.NotReported : Quota.Limited(remaining / total * 100m);
    }

    /// <summary>The smaller of two figures, unlimited being larger than any amount; not reported when either is.</summary>
    private static Quota Smaller(Quota first, Quota second)
    {
        if (!first.IsReported || !second.IsReported)
        {
            return Quota.NotReported;
        }

        return first.IsUnlimited || (!second.IsUnlimited && second.Amount < first.Amount) ? second : first;
    }
}
