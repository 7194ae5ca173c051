using System.Globalization;

namespace ToApis.Balance;

/// <summary>
/// A threshold range as the Monitoring Plugins Development Guidelines define it: <c>[@]start:end</c>, both ends
/// inclusive. A value outside the range alerts; with <see cref="AlertsInside"/> (the <c>@</c> prefix) a value inside
/// it alerts instead. A <see cref="BalanceThreshold"/> with a <see cref="BalanceThreshold.Range"/> alerts where the
/// range does; the plain form, "at or below a value", is the range <see cref="AtOrBelow"/> (<c>@~:value</c>).
/// </summary>
public readonly record struct AlertRange
{
    /// <summary>Initializes a new instance of the <see cref="AlertRange"/> struct.</summary>
    /// <param name="start">The lower end, inclusive; <see langword="null"/> for negative infinity (<c>~</c>).</param>
    /// <param name="end">The upper end, inclusive; <see langword="null"/> for positive infinity.</param>
    /// <param name="alertsInside"><see langword="true"/> to alert inside the range (<c>@</c>), <see langword="false"/> to alert outside it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is greater than <paramref name="end"/>.</exception>
    public AlertRange(decimal? start, decimal? end, bool alertsInside)
    {
        if (start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The start of a range must not be greater than its end ({end}).");
        }

        Start = start;
        End = end;
        AlertsInside = alertsInside;
    }

    /// <summary>Gets the lower end, inclusive; <see langword="null"/> for negative infinity.</summary>
    public decimal? Start { get; }

    /// <summary>Gets the upper end, inclusive; <see langword="null"/> for positive infinity.</summary>
    public decimal? End { get; }

    /// <summary>Gets a value indicating whether a value inside the range alerts (<c>@</c>) rather than a value outside it.</summary>
    public bool AlertsInside { get; }

    /// <summary>Creates the range that alerts at or below <paramref name="value"/>: <c>@~:value</c>.</summary>
    /// <param name="value">The highest value that alerts.</param>
    /// <returns>The range.</returns>
    public static AlertRange AtOrBelow(decimal value) => new(null, value, alertsInside: true);

    /// <summary>
    /// Parses the guidelines' syntax: <c>10</c> (0 to 10), <c>10:</c> (10 to infinity), <c>~:10</c> (negative
    /// infinity to 10), <c>10:20</c>, each with an optional <c>@</c> in front; numbers in the invariant culture.
    /// </summary>
    /// <param name="text">The range.</param>
    /// <param name="range">The range parsed, or the default when the text is not a range.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a range.</returns>
    public static bool TryParse(string? text, out AlertRange range)
    {
        range = default;
        var spec = text?.Trim() ?? string.Empty;
        var inside = spec.StartsWith('@');
        spec = inside ? spec[1..] : spec;
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var (startText, endText) = colon < 0 ? (string.Empty, spec) : (spec[..colon], spec[(colon + 1)..]);
        decimal? start = null;
        if ((startText != "~" && !TryEnd(startText, optional: true, 0m, out start))
            || !TryEnd(endText, optional: colon >= 0, null, out var end)
            || start > end)
        {
            return false;
        }

        range = new AlertRange(start, end, inside);
        return true;
    }

    /// <summary>Gets a value indicating whether <paramref name="value"/> alerts: outside the range, or inside it with <see cref="AlertsInside"/>.</summary>
    /// <param name="value">The figure.</param>
    /// <returns><see langword="true"/> when the value alerts.</returns>
    public bool Alerts(decimal value) => Contains(value) == AlertsInside;

    /// <summary>Writes the range in the guidelines' syntax, such as <c>@~:30000</c>, <c>10:</c> or <c>0:20</c>; the start is always written.</summary>
    /// <returns>The range for performance data and messages.</returns>
    public override string ToString()
    {
        var start = Start is { } low ? low.ToString(CultureInfo.InvariantCulture) : "~";
        var end = End is { } high ? high.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return (AlertsInside ? "@" : string.Empty) + start + ":" + end;
    }

    /// <summary>Whether every value at or below <paramref name="bound"/> alerts: what a figure known only by its upper bound needs to be crossed.</summary>
    internal bool AlertsAtOrBelow(decimal bound) => AlertsInside
        ? Start is null && (End is null || bound <= End)
        : Start is { } start && bound < start;

    /// <summary>Whether no value at or below <paramref name="bound"/> alerts.</summary>
    internal bool ClearAtOrBelow(decimal bound) => new AlertRange(Start, End, !AlertsInside).AlertsAtOrBelow(bound);

    /// <summary>An end of the range: a number or, where it may be left out, <paramref name="omitted"/>.</summary>
    private static bool TryEnd(string text, bool optional, decimal? omitted, out decimal? value)
    {
        value = omitted;
        if (text.Length == 0)
        {
            return optional;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private bool Contains(decimal value) => (Start is null || value >= Start) && (End is null || value <= End);
}
