using System.Globalization;

namespace ToApis.Balance.Cli;

/// <summary>Durations on the command line: <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>500ms</c>, a number of seconds, or <c>hh:mm:ss</c>.</summary>
internal static class Duration
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        var trimmed = text.Trim();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, seconds) in units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                && double.IsFinite(amount * seconds)
                && amount * seconds < TimeSpan.MaxValue.TotalSeconds)
            {
                duration = TimeSpan.FromSeconds(amount * seconds);
                return true;
            }
        }

        if (double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain) && plain < TimeSpan.MaxValue.TotalSeconds)
        {
            duration = TimeSpan.FromSeconds(plain);
            return true;
        }

        return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }
}
