using ToApis.Balance.Internal;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// Remembers which thresholds are crossed, so that each fires once when it is crossed and re-arms only when the
/// figure recovers past the threshold plus a hysteresis margin. Not thread-safe: one poll loop owns it.
/// </summary>
internal sealed class ThresholdEvaluator
{
    private readonly BalanceThreshold[] thresholds;
    private readonly decimal hysteresis;
    private readonly bool[] crossed;

    /// <param name="thresholds">The thresholds, copied so that later changes to the options do not reach a running monitor.</param>
    /// <param name="hysteresisPercent">How far past a threshold, in percent of its value, a figure must recover to re-arm it.</param>
    public ThresholdEvaluator(IEnumerable<BalanceThreshold> thresholds, double hysteresisPercent)
    {
        this.thresholds = [.. thresholds.Select(t => new BalanceThreshold { Measure = t.Measure, Value = t.Value, Level = t.Level })];
        hysteresis = (decimal)hysteresisPercent / 100m;
        crossed = new bool[this.thresholds.Length];
    }

    /// <summary>Gets the thresholds as copied when the monitor started: the ones every judgment of this monitor uses.</summary>
    public IReadOnlyList<BalanceThreshold> Thresholds => thresholds;

    /// <summary>Gets the highest level of the thresholds crossed, <see cref="AlertLevel.Ok"/> when none is.</summary>
    public AlertLevel Level { get; private set; }

    public ThresholdOutcome Evaluate(in BalanceFigures figures)
    {
        var previous = Level;
        BalanceThreshold? entered = null;
        BalanceThreshold? recovered = null;
        for (var i = 0; i < thresholds.Length; i++)
        {
            var threshold = thresholds[i];
            var figure = figures.Get(threshold.Measure);

            // Crossed as the core judges it; an unknown figure says nothing, so the threshold keeps its state.
            var state = figures.Judge(threshold);
            if (!crossed[i] && state == ThresholdState.Crossed)
            {
                crossed[i] = true;
                entered = entered is null || ThresholdPrecedence.Tighter(threshold, entered) ? threshold : entered;
            }
            else if (crossed[i] && state == ThresholdState.Clear && (figure.IsUnlimited || IsPastTheMargin(figure.Amount!.Value, threshold)))
            {
                crossed[i] = false;
                recovered = recovered is null || LaterRecovered(threshold, recovered) ? threshold : recovered;
            }
        }

        Level = AlertLevel.Ok;
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (crossed[i] && thresholds[i].Level > Level)
            {
                Level = thresholds[i].Level;
            }
        }

        return new ThresholdOutcome(previous, Level, entered, recovered);
    }

    /// <summary>Above the threshold plus the margin; as a difference, which cannot overflow for any figure above a non-negative threshold.</summary>
    private bool IsPastTheMargin(decimal amount, BalanceThreshold threshold) =>
        amount > threshold.Value && amount - threshold.Value > Math.Abs(threshold.Value) * hysteresis;

    /// <summary>
    /// Whether <paramref name="candidate"/>, recovered past, is reported instead of <paramref name="known"/>: the higher
    /// level; of two comparable ones (<see cref="ThresholdPrecedence.SameKind"/>), the higher value, the last of the two
    /// the balance climbed past. The mirror of <see cref="ThresholdPrecedence.Tighter"/>.
    /// </summary>
    private static bool LaterRecovered(BalanceThreshold candidate, BalanceThreshold known) =>
        candidate.Level > known.Level || (ThresholdPrecedence.SameKind(candidate, known) && candidate.Value > known.Value);
}
