namespace ToApis.Balance.Cli;

/// <summary>What one key's run found: the balances of the scope asked for, or the error that stopped it.</summary>
/// <param name="Label">The masked name of the key (<see cref="KeyLabel"/>).</param>
/// <param name="Scope">The balances asked for.</param>
/// <param name="Token">The key's balance, when asked for and read.</param>
/// <param name="User">The account's balance, when asked for and read.</param>
/// <param name="Error">Why the balances could not be read (its message never holds the key).</param>
internal sealed record KeyReading(string Label, BalanceScope Scope, TokenBalance? Token, UserBalance? User, Exception? Error)
{
    /// <summary>Gets the remaining credits of the scope: with both, the effective remaining (the smaller side).</summary>
    public Quota RemainingCredits => Pick(static b => b.RemainingCredits, static b => b.EffectiveRemainingCredits);

    /// <summary>Gets the remaining US dollars of the scope: with both, the effective remaining.</summary>
    public Quota RemainingUsd => Pick(static b => b.RemainingUsd, static b => b.EffectiveRemainingUsd);

    /// <summary>Gets the remaining share in percent of the scope: with both, the smaller side's.</summary>
    public Quota RemainingPercent => Scope switch
    {
        BalanceScope.Token => PercentOf(Token),
        BalanceScope.User => PercentOf(User),
        _ => Smaller(PercentOf(Token), PercentOf(User)),
    };

    /// <summary>
    /// The most the scope's figure of <paramref name="kind"/> can be when it is not known: with both, a side that
    /// reported it bounds the effective remaining from above (the other side can only make it smaller).
    /// </summary>
    public decimal? UpperBound(ThresholdKind kind)
    {
        if (Scope != BalanceScope.Both || Token is null || User is null)
        {
            return null;
        }

        Quota Of(BalanceSnapshot side) => kind switch
        {
            ThresholdKind.Usd => side.RemainingUsd,
            ThresholdKind.Percent => PercentOf(side),
            _ => side.RemainingCredits,
        };

        return (Of(Token).Amount, Of(User).Amount) switch
        {
            (null, null) => null,
            ({ } token, { } user) => Math.Min(token, user),
            (var token, var user) => token ?? user,
        };
    }

    /// <summary>Gets the side that sets the effective remaining, with both.</summary>
    public BalanceScope? LimitedBy => Token is not null && User is not null ? new Balances(Token, User).LimitedBy : null;

    /// <summary>Remaining / (remaining + used), in credits when reported, else in the balance unit.</summary>
    private static Quota PercentOf(BalanceSnapshot? balance)
    {
        if (balance is null)
        {
            return Quota.NotReported;
        }

        if (balance.IsUnlimited)
        {
            return Quota.Unlimited;
        }

        var (remaining, used) = balance.RemainingCredits.IsReported
            ? (balance.RemainingCredits, balance.UsedCredits)
            : (balance.Remaining, balance.Used);
        if (!remaining.TryGetAmount(out var left) || used is not { } spent)
        {
            return remaining.IsUnlimited ? Quota.Unlimited : Quota.NotReported;
        }

        var total = left + spent;
        return total > 0m ? Quota.Limited(left / total * 100m) : Quota.NotReported;
    }

    private static Quota Smaller(Quota left, Quota right)
    {
        if (!left.IsReported || !right.IsReported)
        {
            return Quota.NotReported;
        }

        return left.IsUnlimited ? right : right.IsUnlimited || left.Amount <= right.Amount ? left : right;
    }

    private Quota Pick(Func<BalanceSnapshot, Quota> side, Func<Balances, Quota> both) => Scope switch
    {
        BalanceScope.Token => Token is null ? Quota.NotReported : side(Token),
        BalanceScope.User => User is null ? Quota.NotReported : side(User),
        _ => Token is null || User is null ? Quota.NotReported : both(new Balances(Token, User)),
    };
}
