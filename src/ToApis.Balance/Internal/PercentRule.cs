namespace ToApis.Balance.Internal;

/// <summary>The percentage remaining of a balance's total (remaining plus used): the one definition.</summary>
internal static class PercentRule
{
    /// <summary>
    /// Unlimited for an unlimited balance; 0 once the remaining figure is at or below zero (overdrawn is nothing
    /// left, not a negative share); else from the credits where the server sends both credit figures, from the
    /// balance where it sends both of those; not reported otherwise. 100 when nothing was used.
    /// </summary>
    public static Quota Of(BalanceSnapshot balance)
    {
        if (balance.IsUnlimited || balance.RemainingCredits.IsUnlimited)
        {
            return Quota.Unlimited;
        }

        var remaining = balance.RemainingCredits.IsReported ? balance.RemainingCredits : balance.Remaining;
        if (remaining.Amount is <= 0m)
        {
            return Quota.Limited(0m);
        }

        if (balance.RemainingCredits.TryGetAmount(out var left) && balance.UsedCredits is { } spent)
        {
            return Of(left, spent);
        }

        return balance.Remaining.TryGetAmount(out left) && balance.Used is { } used ? Of(left, used) : Quota.NotReported;
    }

    private static Quota Of(decimal remaining, decimal used)
    {
        if (used <= 0m)
        {
            // Nothing spent (or refunds beyond it): all of it remains.
            return Quota.Limited(100m);
        }

        try
        {
            return Quota.Limited(remaining / (remaining + used) * 100m);
        }
        catch (OverflowException)
        {
            // A sum beyond decimal's range: quartered, it fits, and the ratio stays the same.
            var quarter = remaining / 4m;
            return Quota.Limited(quarter / (quarter + (used / 4m)) * 100m);
        }
    }
}
