namespace ToApis.Balance.Cli;

/// <summary>What one key's run found: the balances of the scope asked for, or the error that stopped it.</summary>
/// <param name="Label">The masked name of the key (<see cref="KeyLabel"/>).</param>
/// <param name="Scope">The balances asked for.</param>
/// <param name="Token">The key's balance, when asked for and read.</param>
/// <param name="User">The account's balance, when asked for and read.</param>
/// <param name="Error">Why the balances could not be read (its message never holds the key).</param>
internal sealed record KeyReading(string Label, BalanceScope Scope, TokenBalance? Token, UserBalance? User, Exception? Error)
{
    /// <summary>Gets where the key came from (<see cref="SourcedKey.Origin"/>), for a person's heading; <see langword="null"/> when not known.</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// Gets the figures of the scope, as the core defines them: of one balance, or with both the effective ones (the
    /// smaller side); every figure not reported when the read failed.
    /// </summary>
    public BalanceFigures Figures => Scope switch
    {
        BalanceScope.Token => Token is null ? default : BalanceFigures.Of(Token),
        BalanceScope.User => User is null ? default : BalanceFigures.Of(User),
        _ => Token is null || User is null ? default : BalanceFigures.Of(new Balances(Token, User)),
    };

    /// <summary>Gets the side that sets the effective remaining, with both.</summary>
    public BalanceScope? LimitedBy => Token is not null && User is not null ? new Balances(Token, User).LimitedBy : null;
}
