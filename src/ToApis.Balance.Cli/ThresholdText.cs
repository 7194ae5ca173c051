using System.Globalization;

namespace ToApis.Balance.Cli;

/// <summary>
/// A threshold as written on the command line: a plain number, alerting at or below it, in credits (<c>2000</c>), US
/// dollars (<c>5usd</c>) or percent remaining (<c>10%</c>); or a range of the Monitoring Plugins Development
/// Guidelines (<c>10:</c>, <c>~:5</c>, <c>10:20</c>, <c>@10:20</c>) with the unit once at its end (<c>10:20usd</c>).
/// It parses into the core's <see cref="BalanceThreshold"/>, which alone decides when it is crossed.
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

        number = number.Trim();
        if (number.Contains(':', StringComparison.Ordinal) || number.StartsWith('@'))
        {
            if (!AlertRange.TryParse(number, out var range))
            {
                error = $"'{text}' is not a range: give start:end with inclusive ends, ~ for no lower end, nothing after the colon for no upper end and @ in front to alert inside (10:, ~:5, 10:20, @10:20; the unit once at the end: 10:20usd, 50:%).";
                return false;
            }

            threshold = new BalanceThreshold { Measure = measure, Range = range, Level = level };
            error = null;
            return true;
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{text}' is not a threshold: give credits (2000), US dollars (5usd) or percent remaining (10%), alerting at or below it, or a range such as 10:20usd.";
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

    /// <summary>The threshold as a user writes it, normalized: <c>2000</c>, <c>5usd</c>, <c>10%</c>, <c>10:20usd</c>.</summary>
    public static string Format(BalanceThreshold threshold)
    {
        var number = threshold.Range is { } range ? range.ToString() : Output.Figures.Text(threshold.Value);
        return threshold.Measure switch
        {
            ThresholdMeasure.Usd => number + "usd",
            ThresholdMeasure.PercentRemaining => number + "%",
            _ => number,
        };
    }
}
