using System.Text;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// The Prometheus text exposition format (version 0.0.4), for node_exporter's textfile collector. No sentinel:
/// an unlimited or unreported figure has no sample, and <c>toapis_balance_unlimited</c> says which is unlimited.
/// </summary>
internal static class PrometheusOutput
{
    private static readonly (string Name, string Help, Func<BalanceSnapshot, decimal?> Value)[] Gauges =
    [
        ("toapis_balance_remaining", "Remaining balance in the configured unit (label unit); no sample when unlimited or not reported.", static b => b.Remaining.Amount),
        ("toapis_balance_used", "Balance used so far in the configured unit (label unit).", static b => b.Used),
        ("toapis_balance_remaining_credits", "Remaining credits; no sample when unlimited or not reported.", static b => b.RemainingCredits.Amount),
        ("toapis_balance_used_credits", "Credits used so far.", static b => b.UsedCredits),
        ("toapis_balance_remaining_usd", "Remaining balance in US dollars; no sample when unlimited or not reported.", static b => b.RemainingUsd.Amount),
        ("toapis_balance_used_usd", "Balance used so far in US dollars.", static b => b.UsedUsd),
        ("toapis_balance_credits_per_usd", "The credit rate.", static b => b.CreditsPerUsd),
        ("toapis_balance_unlimited", "1 when no quota limit applies, else 0.", static b => b.IsUnlimited ? 1m : 0m),
    ];

    public static string Write(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, CliSettings settings)
    {
        var text = new StringBuilder();
        Family(text, "toapis_balance_up", "1 when the balances of the key were read, 0 when the read failed.");
        foreach (var (reading, _) in results)
        {
            Sample(text, "toapis_balance_up", Labels(reading.Label), reading.Error is null ? 1m : 0m);
        }

        foreach (var (name, help, value) in Gauges)
        {
            Family(text, name, help);
            foreach (var (reading, _) in results)
            {
                foreach (var (scope, balance) in Sides(reading))
                {
                    if (value(balance) is { } amount)
                    {
                        var unit = name is "toapis_balance_remaining" or "toapis_balance_used" ? $",unit=\"{Figures.Unit(balance.Unit)}\"" : string.Empty;
                        Sample(text, name, Labels(reading.Label, scope) + unit, amount);
                    }
                }
            }
        }

        Family(text, "toapis_balance_effective_remaining_credits", "What the key can still spend in credits: the smaller of the key's and the account's; no sample when unlimited or not reported.");
        foreach (var (reading, _) in results)
        {
            if (reading.Error is null && reading.RemainingCredits.TryGetAmount(out var credits))
            {
                Sample(text, "toapis_balance_effective_remaining_credits", Labels(reading.Label), credits);
            }
        }

        if (settings.HasThresholds)
        {
            Family(text, "toapis_balance_status", "The threshold state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the exit code).");
            foreach (var (reading, evaluation) in results)
            {
                Sample(text, "toapis_balance_status", Labels(reading.Label), (int)evaluation.Status);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Scope, BalanceSnapshot Balance)> Sides(KeyReading reading)
    {
        if (reading.Token is { } token)
        {
            yield return ("token", token);
        }

        if (reading.User is { } user)
        {
            yield return ("user", user);
        }
    }

    private static string Labels(string key, string? scope = null) =>
        scope is null ? $"key=\"{Escape(key)}\"" : $"key=\"{Escape(key)}\",scope=\"{scope}\"";

    private static void Family(StringBuilder text, string name, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(" gauge\n");

    private static void Sample(StringBuilder text, string name, string labels, decimal value) =>
        text.Append(name).Append('{').Append(labels).Append("} ").Append(Figures.Text(value)).Append('\n');

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
