namespace ToApis.Balance.Monitoring.Internal;

/// <summary>What one evaluation of the thresholds changed.</summary>
/// <param name="Previous">The level before the evaluation.</param>
/// <param name="Current">The level after it: the highest level of the thresholds crossed.</param>
/// <param name="Entered">The most severe threshold newly crossed, or <see langword="null"/>.</param>
/// <param name="Recovered">The most severe threshold the figure recovered past (threshold plus hysteresis), or <see langword="null"/>.</param>
internal readonly record struct ThresholdOutcome(AlertLevel Previous, AlertLevel Current, BalanceThreshold? Entered, BalanceThreshold? Recovered);
