using System.Text;

namespace ToApis.Balance.Cli.Output;

/// <summary>
/// The first line in the monitoring-plugin style: <c>TOAPIS BALANCE WARNING - 1500 credits (7.5 USD) left, warning at 2000 | remaining_credits=1500;2000;500</c>,
/// with performance data after the bar for graphing.
/// </summary>
internal static class PluginLine
{
    public static string For(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, PluginStatus overall, CliSettings settings)
    {
        var text = results.Count == 1
            ? results[0].Evaluation.Summary
            : $"{results.Count} keys: " + string.Join("; ", results.Select(r => $"{r.Reading.Label} {r.Evaluation.Status.Name()} {r.Evaluation.Summary}"));

        // One line, and the bar only before the performance data: a server message could hold either.
        var line = new StringBuilder("TOAPIS BALANCE ").Append(overall.Name()).Append(" - ")
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
        foreach (var kind in new[] { ThresholdKind.Credits, ThresholdKind.Usd, ThresholdKind.Percent })
        {
            var isThresholded = settings.Warning?.Kind == kind || settings.Critical?.Kind == kind;
            if (kind == ThresholdKind.Percent && !isThresholded)
            {
                continue;
            }

            if (!Evaluation.FigureFor(reading, kind).TryGetAmount(out var value))
            {
                continue;
            }

            var name = kind switch { ThresholdKind.Usd => "remaining_usd", ThresholdKind.Percent => "remaining_percent", _ => "remaining_credits" };
            var label = labelled ? $"'{reading.Label} {name}'" : name;
            var warning = settings.Warning?.Kind == kind ? Figures.Text(settings.Warning.Value) : string.Empty;
            var critical = settings.Critical?.Kind == kind ? Figures.Text(settings.Critical.Value) : string.Empty;
            var shown = kind == ThresholdKind.Percent ? Figures.Text(Figures.Percent(value)) + "%" : Figures.Text(value);
            yield return $"{label}={shown};{warning};{critical}".TrimEnd(';');
        }
    }
}
