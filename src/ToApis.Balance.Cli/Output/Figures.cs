using System.Globalization;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// How figures are written wherever a person reads them (the table, the plugin line, messages) and in the Prometheus
/// text: invariant culture, the exact value, one format: no trailing zeros, so the server's <c>100.0</c> and a computed
/// <c>100</c> read alike, and never an exponent. The JSON output writes the decimal as the server sent it.
/// </summary>
internal static class Figures
{
    /// <summary>Every significant digit a decimal can hold (28 after the point), none that is a trailing zero.</summary>
    private const string Normalized = "0.############################";

    public static string Text(decimal value) => value.ToString(Normalized, CultureInfo.InvariantCulture);

    /// <summary>A percentage for display: two decimals at most, no trailing zeros (2.5, not 2.50). Thresholds compare the exact figure.</summary>
    public static decimal Percent(decimal value) => decimal.Parse(Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Text(Quota quota) => quota.IsUnlimited ? "Unlimited" : quota.TryGetAmount(out var amount) ? Text(amount) : "not reported";

    public static string Text(decimal? value) => value is { } amount ? Text(amount) : "not reported";

    public static string Scope(BalanceScope scope) => scope switch
    {
        BalanceScope.Token => "token",
        BalanceScope.User => "user",
        _ => "both",
    };
}
