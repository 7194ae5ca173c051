using System.Globalization;

namespace ToApis.Balance;

/// <summary>
/// A level the balance must not fall to: the figure it measures is at or below <see cref="Value"/> crosses it (or,
/// with a <see cref="Range"/>, falls where the range alerts), and the state is then <see cref="Level"/> (<see cref="BalanceFigures.Evaluate"/>; the monitoring package raises an alert
/// once). Declare as many as you need, e.g. 50, 25 and 10 percent.
/// </summary>
/// <remarks>
/// An unlimited balance never crosses a threshold, and a figure the server did not report never counts as zero:
/// the threshold is then undecided (<see cref="ThresholdState.Unknown"/>), unless the other side of a key and its
/// account already crosses it. In configuration, a threshold is an
/// object such as <c>{ "Measure": "Credits", "Value": 2000, "Level": "Warning" }</c>.
/// </remarks>
public sealed class BalanceThreshold
{
    /// <summary>Gets or sets the figure this threshold is compared with.</summary>
    /// <value>The default value is <see cref="ThresholdMeasure.Credits"/>.</value>
    public ThresholdMeasure Measure { get; set; }

    /// <summary>Gets or sets the value at or below which the threshold is crossed, in the unit of <see cref="Measure"/>.</summary>
    /// <value>The default value is zero. It must not be negative; a percentage must not exceed 100.</value>
    public decimal Value { get; set; }

    /// <summary>
    /// Gets or sets a range in the Monitoring Plugins Development Guidelines' sense that replaces "at or below
    /// <see cref="Value"/>": the threshold is crossed where the range alerts (outside it, or inside it with
    /// <see cref="AlertRange.AlertsInside"/>), and <see cref="Value"/> is not used.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: the plain form, at or below <see cref="Value"/>. The monitoring
    /// package accepts only the plain form (its hysteresis re-arms a threshold above <see cref="Value"/>).
    /// </value>
    public AlertRange? Range { get; set; }

    /// <summary>
    /// Gets the range in which the figure crosses this threshold: <see cref="Range"/> when set, else at or below
    /// <see cref="Value"/> (<see cref="AlertRange.AtOrBelow"/>, written <c>@~:Value</c>). <see cref="BalanceFigures.Judge"/> reads it.
    /// </summary>
    public AlertRange EffectiveRange => Range ?? AlertRange.AtOrBelow(Value);

    /// <summary>Gets or sets the level of the alert raised when the threshold is crossed.</summary>
    /// <value>The default value is <see cref="AlertLevel.Warning"/>. It must be <see cref="AlertLevel.Warning"/> or <see cref="AlertLevel.Critical"/>.</value>
    public AlertLevel Level { get; set; } = AlertLevel.Warning;

    /// <summary>Creates a threshold on the remaining credits.</summary>
    /// <param name="credits">The credits at or below which the threshold is crossed.</param>
    /// <param name="level">The level of the alert.</param>
    /// <returns>The threshold.</returns>
    public static BalanceThreshold Credits(decimal credits, AlertLevel level) => new() { Measure = ThresholdMeasure.Credits, Value = credits, Level = level };

    /// <summary>Creates a threshold on the remaining balance in its unit (<see cref="ToApisBalanceClientOptions.BalanceUnit"/>).</summary>
    /// <param name="amount">The amount at or below which the threshold is crossed.</param>
    /// <param name="level">The level of the alert.</param>
    /// <returns>The threshold.</returns>
    public static BalanceThreshold Balance(decimal amount, AlertLevel level) => new() { Measure = ThresholdMeasure.Balance, Value = amount, Level = level };

    /// <summary>Creates a threshold on the remaining balance in US dollars, derived from the credits.</summary>
    /// <param name="usd">The US dollars at or below which the threshold is crossed.</param>
    /// <param name="level">The level of the alert.</param>
    /// <returns>The threshold.</returns>
    public static BalanceThreshold Usd(decimal usd, AlertLevel level) => new() { Measure = ThresholdMeasure.Usd, Value = usd, Level = level };

    /// <summary>Creates a threshold on the percentage remaining of the total (remaining plus used).</summary>
    /// <param name="percent">The percentage (0 to 100) at or below which the threshold is crossed.</param>
    /// <param name="level">The level of the alert.</param>
    /// <returns>The threshold.</returns>
    public static BalanceThreshold PercentRemaining(decimal percent, AlertLevel level) => new() { Measure = ThresholdMeasure.PercentRemaining, Value = percent, Level = level };

    /// <summary>Describes the threshold, such as <c>Credits &lt;= 500 (Critical)</c> or <c>Usd alerting in 10:20 (Warning)</c>.</summary>
    /// <returns>A text for logs and alerts.</returns>
    public override string ToString() => Range is { } range
        ? $"{Measure} alerting in {range} ({Level})"
        : string.Create(CultureInfo.InvariantCulture, $"{Measure} <= {Value}{(Measure == ThresholdMeasure.PercentRemaining ? " %" : string.Empty)} ({Level})");
}
