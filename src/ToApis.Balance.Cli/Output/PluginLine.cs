using System.Text;
using ToApis.Balance.Internal;

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
        foreach (var measure in new[] { ThresholdMeasure.Credits, ThresholdMeasure.Usd, ThresholdMeasure.PercentRemaining })
        {
            var isThresholded = settings.Warning?.Measure == measure || settings.Critical?.Measure == measure;
            if (measure == ThresholdMeasure.PercentRemaining && !isThresholded)
            {
                continue;
            }

            if (!reading.Figures.Get(measure).TryGetAmount(out var value))
            {
                continue;
            }

            var name = FigureNames.Of(measure).Json;
            var label = labelled ? $"'{reading.Label} {name}'" : name;
            var warning = settings.Warning?.Measure == measure ? Figures.Text(settings.Warning.Value) : string.Empty;
            var critical = settings.Critical?.Measure == measure ? Figures.Text(settings.Critical.Value) : string.Empty;
            var shown = measure == ThresholdMeasure.PercentRemaining ? Figures.Text(Figures.Percent(value)) + "%" : Figures.Text(value);
            yield return $"{label}={shown};{warning};{critical}".TrimEnd(';');
        }
    }
}
