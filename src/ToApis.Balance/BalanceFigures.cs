using ToApis.Balance.Internal;

namespace ToApis.Balance;

/// <summary>
/// The remaining figures of one balance, or of a key and its account together, and what they mean: percent
/// remaining, exhausted, and the state against thresholds. The one definition of these rules: the CLI, the monitor,
/// its health check and forecast all ask this type.
/// </summary>
/// <remarks>
/// <para>
/// Of a key and its account (<see cref="Of(Balances)"/>) each figure is the smaller side, <see cref="Quota.Unlimited"/>
/// being larger than any amount, as <see cref="Balances"/> defines it. A figure one side did not report is
/// <see cref="Quota.NotReported"/>, but the other side's amount still bounds it from above (<see cref="AtMost"/>):
/// enough to know that a threshold at or above that amount is crossed.
/// </para>
/// <para>
/// The status rule (<see cref="Evaluate"/>): an exhausted balance is <see cref="AlertLevel.Critical"/> with or without
/// thresholds; an unlimited figure never crosses a threshold; a figure not reported is unknown unless the other side
/// already decides.
/// </para>
/// </remarks>
public readonly record struct BalanceFigures
{
    private readonly FigureBound credits;
    private readonly FigureBound balance;
    private readonly FigureBound usd;
    private readonly FigureBound percent;

    private BalanceFigures(FigureBound credits, FigureBound balance, FigureBound usd, FigureBound percent)
    {
        this.credits = credits;
        this.balance = balance;
        this.usd = usd;
        this.percent = percent;
    }

    /// <summary>Gets the remaining credits.</summary>
    public Quota Credits => credits.Value;

    /// <summary>Gets the remaining balance in its unit (<see cref="ToApisBalanceClientOptions.BalanceUnit"/>).</summary>
    public Quota Balance => balance.Value;

    /// <summary>Gets the remaining balance in US dollars.</summary>
    public Quota Usd => usd.Value;

    /// <summary>Gets the percentage remaining of the total (remaining plus used), as <see cref="BalanceSnapshot.PercentRemaining"/> defines it.</summary>
    public Quota PercentRemaining => percent.Value;

    /// <summary>
    /// Gets a value indicating whether the balance has run out: the remaining credits at or below zero or, where the
    /// server reports no credits, the remaining balance at or below zero. Never for an unlimited balance.
    /// </summary>
    public bool IsExhausted => Exhaustion() == ThresholdState.Crossed;

    /// <summary>Gets the figures of one balance.</summary>
    /// <param name="balance">The balance of a key or of an account.</param>
    /// <returns>Its figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="balance"/> is <see langword="null"/>.</exception>
    public static BalanceFigures Of(BalanceSnapshot balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new(new(balance.RemainingCredits), new(balance.Remaining), new(balance.RemainingUsd), new(PercentRule.Of(balance)));
    }

    /// <summary>Gets the effective figures of a key and its account: each the smaller of the two sides.</summary>
    /// <param name="balances">Both balances.</param>
    /// <returns>The effective figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="balances"/> is <see langword="null"/>.</exception>
    public static BalanceFigures Of(Balances balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var (token, user) = (Of(balances.Token), Of(balances.User));
        return new(
            FigureBound.Smaller(token.credits, user.credits),
            FigureBound.Smaller(token.balance, user.balance),
            FigureBound.Smaller(token.usd, user.usd),
            FigureBound.Smaller(token.percent, user.percent));
    }

    /// <summary>Gets the figure a threshold of <paramref name="measure"/> is compared with.</summary>
    /// <param name="measure">The figure.</param>
    /// <returns>The figure; <see cref="Quota.NotReported"/> for a measure this version does not know.</returns>
    public Quota Get(ThresholdMeasure measure) => Select(measure).Value;

    /// <summary>
    /// Gets the most the figure of <paramref name="measure"/> can be: its amount when it is known; of a key and its
    /// account where one side did not report it, the other side's amount; <see langword="null"/> when it is unlimited
    /// or nothing bounds it.
    /// </summary>
    /// <param name="measure">The figure.</param>
    /// <returns>The upper bound, or <see langword="null"/>.</returns>
    public decimal? AtMost(ThresholdMeasure measure) => Select(measure).AtMost;

    /// <summary>
    /// Judges one threshold: crossed at or below its value (or, with a <see cref="BalanceThreshold.Range"/>, where the
    /// range alerts, ends included), clear otherwise or when unlimited, unknown when the figure was not reported and
    /// the other side's amount does not decide it.
    /// </summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The threshold's state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is <see langword="null"/>.</exception>
    public ThresholdState Judge(BalanceThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return Select(threshold.Measure).Judge(threshold.EffectiveRange);
    }

    /// <summary>
    /// Evaluates the balance against thresholds: <see cref="AlertLevel.Critical"/> when exhausted, else the highest
    /// level of the thresholds crossed; unknown when a threshold of a higher level than that cannot be judged.
    /// </summary>
    /// <param name="thresholds">The thresholds; <see langword="null"/> or empty judges exhaustion alone.</param>
    /// <returns>The status.</returns>
    public BalanceStatus Evaluate(IEnumerable<BalanceThreshold>? thresholds)
    {
        var exhaustion = Exhaustion();
        var level = exhaustion == ThresholdState.Crossed ? AlertLevel.Critical : AlertLevel.Ok;
        AlertLevel? undecidedLevel = exhaustion == ThresholdState.Unknown ? AlertLevel.Critical : null;
        BalanceThreshold? crossed = null;
        BalanceThreshold? undecided = null;
        foreach (var threshold in thresholds ?? [])
        {
            if (threshold is null || threshold.Level <= AlertLevel.Ok)
            {
                continue;
            }

            switch (Judge(threshold))
            {
                case ThresholdState.Crossed when crossed is null || ThresholdPrecedence.Tighter(threshold, crossed):
                    crossed = threshold;
                    level = threshold.Level > level ? threshold.Level : level;
                    break;
                case ThresholdState.Unknown when undecidedLevel is null || threshold.Level > undecidedLevel:
                    undecided = threshold;
                    undecidedLevel = threshold.Level;
                    break;
            }
        }

        var unknown = undecidedLevel > level;
        return new BalanceStatus
        {
            Level = level,
            IsUnknown = unknown,
            IsExhausted = exhaustion == ThresholdState.Crossed,
            Threshold = crossed,
            Undecided = unknown ? undecided : null,
        };
    }

    /// <summary>Exhausted is judged on the credits, and on the balance only where the credits cannot tell.</summary>
    private ThresholdState Exhaustion()
    {
        var exhausted = AlertRange.AtOrBelow(0m);
        var byCredits = credits.Judge(exhausted);
        return byCredits != ThresholdState.Unknown ? byCredits : balance.Judge(exhausted);
    }

    private FigureBound Select(ThresholdMeasure measure) => measure switch
    {
        ThresholdMeasure.Credits => credits,
        ThresholdMeasure.Balance => balance,
        ThresholdMeasure.Usd => usd,
        ThresholdMeasure.PercentRemaining => percent,
        _ => default,
    };
}
