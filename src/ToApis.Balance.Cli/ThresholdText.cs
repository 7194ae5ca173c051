using System.Globalization;

namespace ToApis.Balance.Cli;

/// <summary>
/// A threshold as written on the command line: <c>2000</c> (credits), <c>5usd</c> (US dollars) or <c>10%</c> (percent
/// remaining). It parses into the core's <see cref="BalanceThreshold"/>, which alone decides when it is crossed.
/// </summary>
internal static class ThresholdText
{
    /// <summary>Parses a threshold of <paramref name="level"/>.</summary>
    /// <returns>The threshold, or an error that says what is accepted.</returns>
    public static bool TryParse(string text, AlertLevel level, out BalanceThreshold? threshold, out string? error)
    {
        threshold = null;
        var trimmed = text.Trim();
        var (measure, number) = trimmed switch
        {
            _ when trimmed.EndsWith('%') => (ThresholdMeasure.PercentRemaining, trimmed[..^1]),
            _ when trimmed.EndsWith("usd", StringComparison.OrdinalIgnoreCase) => (ThresholdMeasure.Usd, trimmed[..^3]),
            _ => (ThresholdMeasure.Credits, trimmed),
        };

        if (!decimal.TryParse(number.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{text}' is not a threshold: give credits (2000), US dollars (5usd) or percent remaining (10%).";
            return false;
        }

        if (measure == ThresholdMeasure.PercentRemaining && value > 100m)
        {
            error = $"'{text}' is not a percentage from 0 to 100.";
            return false;
        }

        threshold = new BalanceThreshold { Measure = measure, Value = value, Level = level };
        error = null;
        return true;
    }

    /// <summary>The threshold as a user writes it, normalized: <c>2000</c>, <c>5usd</c>, <c>10%</c>.</summary>
    public static string Format(BalanceThreshold threshold) => threshold.Measure switch
    {
        ThresholdMeasure.Usd => Output.Figures.Text(threshold.Value) + "usd",
        ThresholdMeasure.PercentRemaining => Output.Figures.Text(threshold.Value) + "%",
        _ => Output.Figures.Text(threshold.Value),
    };
}
