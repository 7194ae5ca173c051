namespace ToApis.Balance;

/// <summary>A balance's state against a set of thresholds (<see cref="BalanceFigures.Evaluate"/>).</summary>
public readonly record struct BalanceStatus
{
    /// <summary>Gets the level in force: <see cref="AlertLevel.Critical"/> when exhausted, else the highest level of the thresholds crossed.</summary>
    public AlertLevel Level { get; init; }

    /// <summary>
    /// Gets a value indicating whether the state is not known: a threshold of a higher level than <see cref="Level"/>
    /// (or, where neither the credits nor the balance are reported, exhaustion itself) could not be judged.
    /// </summary>
    public bool IsUnknown { get; init; }

    /// <summary>Gets a value indicating whether the balance has run out (<see cref="BalanceFigures.IsExhausted"/>).</summary>
    public bool IsExhausted { get; init; }

    /// <summary>Gets the most severe threshold crossed (of two at one level on one measure, the lower), or <see langword="null"/> when none is.</summary>
    public BalanceThreshold? Threshold { get; init; }

    /// <summary>
    /// Gets the threshold that could not be judged when <see cref="IsUnknown"/> is set, or <see langword="null"/>
    /// (also when what is unknown is exhaustion itself).
    /// </summary>
    public BalanceThreshold? Undecided { get; init; }
}
