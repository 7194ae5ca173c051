using System.Globalization;

namespace ToApis.Balance.Cli;

/// <summary>What a threshold is measured in.</summary>
internal enum ThresholdKind
{
    /// <summary>Remaining credits (<c>2000</c>).</summary>
    Credits,

    /// <summary>Remaining US dollars (<c>5usd</c>).</summary>
    Usd,

    /// <summary>Remaining share of the total, remaining + used, in percent (<c>10%</c>).</summary>
    Percent,
}

/// <summary>A warning or critical level on the remaining balance: the state applies at or below <see cref="Value"/>.</summary>
internal sealed record Threshold(ThresholdKind Kind, decimal Value)
{
    /// <summary>Parses <c>2000</c> (credits), <c>5usd</c> (US dollars) or <c>10%</c> (percent remaining).</summary>
    /// <returns>The threshold, or an error that says what is accepted.</returns>
    public static bool TryParse(string text, out Threshold? threshold, out string? error)
    {
        threshold = null;
        var trimmed = text.Trim();
        var (kind, number) = trimmed switch
        {
            _ when trimmed.EndsWith('%') => (ThresholdKind.Percent, trimmed[..^1]),
            _ when trimmed.EndsWith("usd", StringComparison.OrdinalIgnoreCase) => (ThresholdKind.Usd, trimmed[..^3]),
            _ => (ThresholdKind.Credits, trimmed),
        };

        if (!decimal.TryParse(number.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{text}' is not a threshold: give credits (2000), US dollars (5usd) or percent remaining (10%).";
            return false;
        }

        if (kind == ThresholdKind.Percent && value > 100m)
        {
            error = $"'{text}' is not a percentage from 0 to 100.";
            return false;
        }

        threshold = new Threshold(kind, value);
        error = null;
        return true;
    }

    /// <summary>The threshold as a user wrote it, normalized: <c>2000</c>, <c>5usd</c>, <c>10%</c>.</summary>
    public override string ToString() => Kind switch
    {
        ThresholdKind.Usd => Value.ToString(CultureInfo.InvariantCulture) + "usd",
        ThresholdKind.Percent => Value.ToString(CultureInfo.InvariantCulture) + "%",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}
