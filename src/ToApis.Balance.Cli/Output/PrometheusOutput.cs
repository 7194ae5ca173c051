using System.Text;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// The Prometheus text exposition format (version 0.0.4), for node_exporter's textfile collector. The figures carry
/// the names the monitoring package's metrics have in Prometheus (<see cref="FigureNames"/>), so one dashboard reads
/// both. No sentinel: an unlimited or unreported figure has no sample, and <c>toapis_balance_unlimited</c> says which.
/// </summary>
internal static class PrometheusOutput
{
    private const string SandboxGauge = "toapis_balance_sandbox";

    private static readonly string ScopeLabel = FigureNames.Label(ToApisTelemetryNames.ScopeTag);
    private static readonly string UnitLabel = FigureNames.Label(FigureNames.UnitTag);

    private static readonly (FigureName Name, string Help, Func<BalanceSnapshot, decimal?> Value)[] Gauges =
    [
        (FigureNames.Remaining, "Remaining balance in the unit its toapis_balance_unit label names; no sample when unlimited or not reported.", static b => b.Remaining.Amount),
        (FigureNames.Used, "Balance used so far in the unit its toapis_balance_unit label names.", static b => b.Used),
        (FigureNames.CreditsRemaining, "Remaining credits of the key (token), the account (user) and the smaller of the two (effective); no sample when unlimited or not reported.", static b => b.RemainingCredits.Amount),
        (FigureNames.CreditsUsed, "Credits used so far.", static b => b.UsedCredits),
        (FigureNames.UsdRemaining, "Remaining balance in US dollars; no sample when unlimited or not reported.", static b => b.RemainingUsd.Amount),
        (FigureNames.UsdUsed, "Balance used so far in US dollars.", static b => b.UsedUsd),
        (FigureNames.CreditsPerUsd, "The credit rate.", static b => b.CreditsPerUsd),
        (FigureNames.Unlimited, "1 when no quota limit applies, else 0.", static b => b.IsUnlimited ? 1m : 0m),
    ];

    public static string Write(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, CliSettings settings)
    {
        var text = new StringBuilder();
        Family(text, SandboxGauge, "1 when the figures come from the built-in sandbox (--sandbox), not from ToAPIs; else 0.");
        text.Append(SandboxGauge).Append(' ').Append(settings.SandboxScenario is null ? '0' : '1').Append('\n');
        Family(text, "toapis_balance_up", "1 when the balances of the key were read, 0 when the read failed.");
        foreach (var (reading, _) in results)
        {
            Sample(text, "toapis_balance_up", Labels(reading.Label), reading.Error is null ? 1m : 0m);
        }

        foreach (var (figure, help, value) in Gauges)
        {
            var name = figure.Prometheus;
            Family(text, name, help);
            foreach (var (reading, _) in results)
            {
                foreach (var (scope, balance) in Sides(reading))
                {
                    if (value(balance) is { } amount)
                    {
                        var unit = figure == FigureNames.Remaining || figure == FigureNames.Used ? $",{UnitLabel}=\"{FigureNames.Unit(balance.Unit)}\"" : string.Empty;
                        Sample(text, name, Labels(reading.Label, scope) + unit, amount);
                    }
                }

                // The effective figure, as the monitor exports it: a third scope of the same gauge.
                if (figure == FigureNames.CreditsRemaining && reading.Scope == BalanceScope.Both && reading.Error is null && reading.Figures.Credits.TryGetAmount(out var credits))
                {
                    Sample(text, name, Labels(reading.Label, "effective"), credits);
                }
            }
        }

        Family(text, FigureNames.Exhausted.Prometheus, "1 when the balance of the scope asked for has run out (Critical, thresholds or not), else 0.");
        foreach (var (reading, _) in results)
        {
            if (reading.Error is null)
            {
                Sample(text, FigureNames.Exhausted.Prometheus, Labels(reading.Label), reading.Figures.IsExhausted ? 1m : 0m);
            }
        }

        Family(text, "toapis_balance_status", "The state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the exit code).");
        foreach (var (reading, evaluation) in results)
        {
            Sample(text, "toapis_balance_status", Labels(reading.Label), (int)evaluation.Status);
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
        scope is null ? $"key=\"{Escape(key)}\"" : $"key=\"{Escape(key)}\",{ScopeLabel}=\"{scope}\"";

    private static void Family(StringBuilder text, string name, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(" gauge\n");

    private static void Sample(StringBuilder text, string name, string labels, decimal value) =>
        text.Append(name).Append('{').Append(labels).Append("} ").Append(Figures.Text(value)).Append('\n');

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
