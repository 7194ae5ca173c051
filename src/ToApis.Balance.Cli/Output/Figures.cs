using System.Globalization;

namespace ToApis.Balance.Cli.Output;

/// <summary>How figures are written in every format: invariant culture, exact decimals.</summary>
internal static class Figures
{
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

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
