using System.Globalization;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// A figure for performance data: rounded for reading, but never across an end of the ranges written beside it, so
/// that a consumer comparing the written value with the ranges judges what the exact figure gives.
/// </summary>
internal static class PerfValue
{
    /// <summary>
    /// The figure exact when it has at most <paramref name="decimals"/> decimals; else rounded to the fewest decimals,
    /// from <paramref name="decimals"/> on, that keep it on the same side of (or on) every end of the ranges.
    /// </summary>
    public static string Text(decimal exact, int decimals, params AlertRange?[] ranges)
    {
        var ends = ranges.SelectMany(r => new[] { r?.Start, r?.End }).OfType<decimal>().ToList();
        for (var places = decimals; places < 28; places++)
        {
            var rounded = Math.Round(exact, places, MidpointRounding.ToEven);
            if (ends.TrueForAll(end => Math.Sign(rounded - end) == Math.Sign(exact - end)))
            {
                return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
            }
        }

        return exact.ToString("0.############################", CultureInfo.InvariantCulture);
    }
}
