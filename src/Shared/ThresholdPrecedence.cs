namespace ToApis.Balance.Internal;

/// <summary>
/// Which of two thresholds to report when both are crossed at once: the rule the core's
/// status (<see cref="BalanceFigures.Evaluate"/>) and the monitor's alerts share. Shared source, compiled into the
/// core and the monitoring package, so the two cannot name different thresholds for one balance.
/// </summary>
internal static class ThresholdPrecedence
{
    /// <summary>
    /// Whether <paramref name="candidate"/>, crossed, is reported instead of <paramref name="known"/>: the higher
    /// level; at one level on one measure, the lower value, the tighter of two plain thresholds (a range has no
    /// value to compare, so the first of two ranges stays).
    /// </summary>
    public static bool Tighter(BalanceThreshold candidate, BalanceThreshold known) =>
        candidate.Level > known.Level || (SameKind(candidate, known) && candidate.Value < known.Value);

    /// <summary>Whether two thresholds are comparable by value: one level, one measure, both plain (no range).</summary>
    public static bool SameKind(BalanceThreshold candidate, BalanceThreshold known) =>
        candidate.Level == known.Level && candidate.Measure == known.Measure && candidate.Range is null && known.Range is null;
}
