using ToApis.Balance.Internal;

namespace ToApis.Balance;

/// <summary>
/// What the server reported about a balance at one moment: the common shape of <see cref="TokenBalance"/>
/// and <see cref="UserBalance"/>.
/// </summary>
/// <remarks>
/// Every figure the server did not send is <see langword="null"/> or <see cref="Quota.NotReported"/>, never
/// zero. <see cref="Remaining"/> and <see cref="Used"/> are in <see cref="Unit"/>; the credit figures are
/// always at <see cref="CreditsPerUsd"/> credits per US dollar.
/// </remarks>
public abstract record BalanceSnapshot
{
    /// <summary>Gets the remaining balance, in <see cref="Unit"/>. <see cref="Quota.Unlimited"/> when no limit applies.</summary>
    public Quota Remaining { get; init; }

    /// <summary>Gets the balance used so far, in <see cref="Unit"/>, or <see langword="null"/> when not reported.</summary>
    public decimal? Used { get; init; }

    /// <summary>Gets the remaining credits. <see cref="Quota.Unlimited"/> when no limit applies.</summary>
    public Quota RemainingCredits { get; init; }

    /// <summary>Gets the credits used so far, or <see langword="null"/> when not reported.</summary>
    public decimal? UsedCredits { get; init; }

    /// <summary>Gets the credit rate (credits per US dollar, currently 200), or <see langword="null"/> when not reported.</summary>
    public decimal? CreditsPerUsd { get; init; }

    /// <summary>Gets a value indicating whether no quota limit applies: the same as <c>Remaining.IsUnlimited</c>.</summary>
    public bool IsUnlimited => Remaining.IsUnlimited;

    /// <summary>Gets the unit of <see cref="Remaining"/> and <see cref="Used"/>, as configured in <see cref="ToApisBalanceClientOptions.BalanceUnit"/>.</summary>
    public BalanceUnit Unit { get; init; }

    /// <summary>
    /// Gets the remaining balance in US dollars, derived from the credits: <see cref="Quota.NotReported"/> when
    /// the server sent no credits, <see cref="Quota.Unlimited"/> when no limit applies.
    /// </summary>
    public Quota RemainingUsd { get; init; }

    /// <summary>Gets the balance used so far in US dollars, derived from the credits, or <see langword="null"/> when the server sent no credits.</summary>
    public decimal? UsedUsd { get; init; }

    /// <summary>
    /// Gets the percentage remaining of the total (remaining plus used): from the credits where the server sends
    /// both credit figures, else from the balance where it sends both of those, else <see cref="Quota.NotReported"/>.
    /// <see cref="Quota.Unlimited"/> when no limit applies; 0 once the remaining figure is at or below zero
    /// (overdrawn); 100 when nothing was used.
    /// </summary>
    public Quota PercentRemaining => PercentRule.Of(this);

    /// <summary>
    /// Gets a value indicating whether the balance has run out: the remaining credits at or below zero or, where the
    /// server sends no credits, the remaining balance at or below zero. Never when no limit applies.
    /// </summary>
    public bool IsExhausted => BalanceFigures.Of(this).IsExhausted;

    /// <summary>
    /// Gets when the client received this balance from the server, by its <see cref="TimeProvider"/>. A result
    /// served from <see cref="ToApisBalanceClientOptions.MaxStaleness"/>'s window keeps the time it was fetched.
    /// </summary>
    public DateTimeOffset FetchedAt { get; init; }
}
