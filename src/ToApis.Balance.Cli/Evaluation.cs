using ToApis.Balance.Cli.Output;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli;

/// <summary>A key's state against the thresholds, and the one-line reason.</summary>
/// <param name="Status">The state.</param>
/// <param name="Summary">What was found, for a person: <c>1500 credits (7.5 USD) left, warning at 2000</c>.</param>
internal sealed record Evaluation(PluginStatus Status, string Summary)
{
    /// <summary>
    /// Evaluates a reading by the core's status rule (<see cref="BalanceFigures.Evaluate"/>): unknown when the read
    /// failed or a threshold's figure was not reported; critical when exhausted, thresholds or not; unlimited is OK.
    /// </summary>
    public static Evaluation Of(KeyReading reading, BalanceThreshold? warning, BalanceThreshold? critical)
    {
        if (reading.Error is { } error)
        {
            return new(PluginStatus.Unknown, "could not read the balance: " + error.Message);
        }

        var figures = reading.Figures;
        var status = figures.Evaluate([.. new[] { critical, warning }.OfType<BalanceThreshold>()]);
        var left = Describe(reading);
        if (status.IsUnknown)
        {
            return new(PluginStatus.Unknown, status.Undecided is { } undecided
                ? $"{left}; the server did not report the {FigureNames.Words(undecided.Measure)} the {Name(undecided.Level)} threshold {ThresholdText.Format(undecided)} needs"
                : $"{left}; the server reported neither credits nor a balance, so whether it has run out is not known");
        }

        var crossed = status.Threshold is { } threshold && threshold.Level == status.Level
            ? $", {Name(threshold.Level)} {(threshold.Range is null ? "at" : "by the range")} {ThresholdText.Format(threshold)}{Bound(figures, threshold)}"
            : string.Empty;
        return status switch
        {
            { IsExhausted: true } => new(PluginStatus.Critical, $"{left}, exhausted{crossed}"),
            { Level: AlertLevel.Critical } => new(PluginStatus.Critical, left + crossed),
            { Level: AlertLevel.Warning } => new(PluginStatus.Warning, left + crossed),
            _ => new(PluginStatus.Ok, left),
        };
    }

    /// <summary>A threshold decided by one side while the other did not report the figure says so.</summary>
    private static string Bound(BalanceFigures figures, BalanceThreshold threshold) =>
        figures.Get(threshold.Measure).IsReported || figures.AtMost(threshold.Measure) is not { } bound
            ? string.Empty
            : $" (one side not reported; the other is at {Figures.Text(bound)})";

    private static string Name(AlertLevel level) => level == AlertLevel.Critical ? "critical" : "warning";

    private static string Describe(KeyReading reading)
    {
        var figures = reading.Figures;
        if (figures.Credits.IsUnlimited)
        {
            return "unlimited";
        }

        var usd = figures.Usd.TryGetAmount(out var dollars) ? $" ({Figures.Text(dollars)} USD)" : string.Empty;
        var text = figures.Credits.TryGetAmount(out var amount)
            ? $"{Figures.Text(amount)} credits{usd} left"
            : "remaining credits not reported";
        return reading.Scope == BalanceScope.Both && reading.LimitedBy is { } side and not BalanceScope.Both
            ? text + (side == BalanceScope.Token ? " (limited by the key)" : " (limited by the account)")
            : text;
    }
}
