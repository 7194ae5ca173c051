using System.Globalization;

namespace ToApis.Balance.Cli;

/// <summary>A key's state against the thresholds, and the one-line reason.</summary>
/// <param name="Status">The state.</param>
/// <param name="Summary">What was found, for a person: <c>1500 credits (7.5 USD) left, warning at 2000</c>.</param>
internal sealed record Evaluation(PluginStatus Status, string Summary)
{
    /// <summary>Evaluates a reading: unknown when it failed or a threshold's figure was not reported; unlimited is OK.</summary>
    public static Evaluation Of(KeyReading reading, Threshold? warning, Threshold? critical)
    {
        if (reading.Error is { } error)
        {
            return new(PluginStatus.Unknown, "could not read the balance: " + error.Message);
        }

        var left = Describe(reading);
        foreach (var (threshold, status, name) in new[] { (critical, PluginStatus.Critical, "critical"), (warning, PluginStatus.Warning, "warning") })
        {
            if (threshold is null)
            {
                continue;
            }

            var figure = FigureFor(reading, threshold.Kind);
            if (figure.IsUnlimited)
            {
                continue;
            }

            if (!figure.TryGetAmount(out var amount))
            {
                // One side not reported: the other side is still an upper bound, enough to know a threshold is crossed.
                if (reading.UpperBound(threshold.Kind) is { } bound && bound <= threshold.Value)
                {
                    return new(status, $"{left}, {name} at {threshold} (one side not reported; the other is at {Output.Figures.Text(bound)})");
                }

                return new(PluginStatus.Unknown, $"{left}; the server did not report the {What(threshold.Kind)} the {name} threshold {threshold} needs");
            }

            if (amount <= threshold.Value)
            {
                return new(status, $"{left}, {name} at {threshold}");
            }
        }

        return new(PluginStatus.Ok, left);
    }

    /// <summary>The figure a threshold of <paramref name="kind"/> compares.</summary>
    public static Quota FigureFor(KeyReading reading, ThresholdKind kind) => kind switch
    {
        ThresholdKind.Usd => reading.RemainingUsd,
        ThresholdKind.Percent => reading.RemainingPercent,
        _ => reading.RemainingCredits,
    };

    private static string What(ThresholdKind kind) => kind switch
    {
        ThresholdKind.Usd => "remaining US dollars",
        ThresholdKind.Percent => "remaining and used figures",
        _ => "remaining credits",
    };

    private static string Describe(KeyReading reading)
    {
        var credits = reading.RemainingCredits;
        if (credits.IsUnlimited)
        {
            return "unlimited";
        }

        var usd = reading.RemainingUsd.TryGetAmount(out var dollars) ? string.Create(CultureInfo.InvariantCulture, $" ({dollars} USD)") : string.Empty;
        var text = credits.TryGetAmount(out var amount)
            ? string.Create(CultureInfo.InvariantCulture, $"{amount} credits{usd} left")
            : "remaining credits not reported";
        return reading.Scope == BalanceScope.Both && reading.LimitedBy is { } side and not BalanceScope.Both
            ? text + (side == BalanceScope.Token ? " (limited by the key)" : " (limited by the account)")
            : text;
    }
}
