using System.Text;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// The first line in the monitoring-plugin style, <c>TEXT | PERFDATA</c>, by the Monitoring Plugins Development
/// Guidelines: <c>TOAPIS BALANCE WARNING - 1500 credits (7.5 USD) left, warning at 2000 | remaining_credits=1500;@~:2000;@~:500 remaining_usd=7.5</c>.
/// Each item is <c>'label'=value[UOM];warn;crit;min;max</c> with warn and crit written as the ranges the tool
/// judges (<see cref="BalanceThreshold.EffectiveRange"/>), so a consumer that evaluates the perfdata derives the
/// exit code's state at every value, the boundary included.
/// </summary>
internal static class PluginLine
{
    private static readonly ThresholdMeasure[] Measures = [ThresholdMeasure.Credits, ThresholdMeasure.Balance, ThresholdMeasure.Usd, ThresholdMeasure.PercentRemaining];

    public static string For(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, PluginStatus overall, CliSettings settings)
    {
        var text = results.Count == 1
            ? results[0].Evaluation.Summary
            : $"{results.Count} keys: " + string.Join("; ", results.Select(r => $"{r.Reading.Label} {r.Evaluation.Status.Name()} {r.Evaluation.Summary}"));

        // One line, and the bar only before the performance data: a server message could hold either.
        var line = new StringBuilder("TOAPIS BALANCE ").Append(overall.Name()).Append(" - ")
            .Append(settings.SandboxScenario is null ? string.Empty : "SANDBOX - ")
            .Append(text.Replace('\r', ' ').Replace('\n', ' ').Replace('|', '/'));
        var data = results.SelectMany(r => PerformanceData(r.Reading, results.Count > 1, settings)).ToList();
        if (data.Count > 0)
        {
            line.Append(" | ").AppendJoin(' ', data);
        }

        return line.ToString();
    }

    private static IEnumerable<string> PerformanceData(KeyReading reading, bool labelled, CliSettings settings)
    {
        // One item per figure reported: the balance in its unit only where the credits are not (exhaustion is then
        // judged on it), the percentage only when a threshold is on it. A figure one side did not report is written as
        // the other side's (AtMost, the figure's amount when it is known): the bound the tool's state was decided on.
        var credits = reading.Figures.AtMost(ThresholdMeasure.Credits) is not null;
        var written = Measures
            .Where(m => m switch
            {
                ThresholdMeasure.Balance => !credits,
                ThresholdMeasure.PercentRemaining => settings.Warning?.Measure == m || settings.Critical?.Measure == m,
                _ => true,
            })
            .Select(m => (Measure: m, Value: reading.Figures.AtMost(m)))
            .Where(f => f.Value is not null)
            .ToList();
        var exhaustionOn = ExhaustionCarrier([.. written.Select(f => f.Measure)], settings.Critical);
        foreach (var (measure, value) in written)
        {
            var warning = settings.Warning?.Measure == measure ? settings.Warning.EffectiveRange : (AlertRange?)null;
            var critical = settings.Critical?.Measure == measure ? settings.Critical.EffectiveRange
                : measure == exhaustionOn ? AlertRange.AtOrBelow(0m) : (AlertRange?)null;
            var isPercent = measure == ThresholdMeasure.PercentRemaining;
            var name = FigureNames.Of(measure).Json;
            // The guidelines forbid ' and = in a label; a space needs the quotes.
            var label = labelled ? $"'{reading.Label.Replace('\'', '_').Replace('=', '_')} {name}'" : name;
            var shown = PerfValue.Text(value!.Value, isPercent ? 2 : 6, warning, critical);
            var item = $"{label}={shown}{(isPercent ? "%" : string.Empty)};{warning};{critical}{(isPercent ? ";0;100" : string.Empty)}";
            yield return item.TrimEnd(';');
        }
    }

    /// <summary>
    /// The figure whose critical range also carries the exhaustion rule (CRITICAL at or below zero, thresholds or not),
    /// so that the perfdata says CRITICAL where the exit code does. Exhaustion is judged on the credits where they are
    /// reported: they carry it, or, when a critical range of the user's on them does not alert at every value at or
    /// below zero, the US dollars derived from them. Else it is judged on the balance, which no threshold of the tool
    /// measures. <see langword="null"/> when the user's critical range already covers it, or nothing was reported.
    /// </summary>
    private static ThresholdMeasure? ExhaustionCarrier(IReadOnlyCollection<ThresholdMeasure> written, BalanceThreshold? critical)
    {
        ThresholdMeasure[] candidates = [ThresholdMeasure.Credits, ThresholdMeasure.Usd, ThresholdMeasure.Balance];
        foreach (var measure in candidates.Where(written.Contains))
        {
            if (critical?.Measure != measure)
            {
                return measure;
            }

            // A range is one interval, so it alerts at every value at or below zero when it alerts at zero and far below it.
            var range = critical.EffectiveRange;
            if (range.Alerts(0m) && range.Alerts(decimal.MinValue))
            {
                return null;
            }
        }

        return null;
    }
}
