namespace ToApis.Balance.Internal;

/// <summary>
/// One vocabulary for the balance's figures in every output: each figure's OpenTelemetry instrument name and unit (the
/// monitor's metrics), the Prometheus name those become (which the CLI's Prometheus text writes, so a dashboard or an
/// alert rule reads either source alike), and its JSON field name (the CLI's JSON, the health check's data). Shared
/// source, compiled into the CLI and the monitoring package.
/// </summary>
internal static class FigureNames
{
    /// <summary>Credits left.</summary>
    public static readonly FigureName CreditsRemaining = new("toapis.balance.credits.remaining", "{credit}", "remaining_credits");

    /// <summary>Credits used so far.</summary>
    public static readonly FigureName CreditsUsed = new("toapis.balance.credits.used", "{credit}", "used_credits");

    /// <summary>The balance left, in its unit (<see cref="UnitTag"/>).</summary>
    public static readonly FigureName Remaining = new("toapis.balance.remaining", "{balance}", "remaining");

    /// <summary>The balance used so far, in its unit (<see cref="UnitTag"/>).</summary>
    public static readonly FigureName Used = new("toapis.balance.used", "{balance}", "used");

    /// <summary>US dollars left.</summary>
    public static readonly FigureName UsdRemaining = new("toapis.balance.usd.remaining", "{usd}", "remaining_usd");

    /// <summary>US dollars used so far.</summary>
    public static readonly FigureName UsdUsed = new("toapis.balance.usd.used", "{usd}", "used_usd");

    /// <summary>The percentage remaining of the total.</summary>
    public static readonly FigureName PercentRemaining = new("toapis.balance.remaining_percent", "%", "remaining_percent");

    /// <summary>The credit rate.</summary>
    public static readonly FigureName CreditsPerUsd = new("toapis.balance.credits_per_usd", "{credit}/{usd}", "credits_per_usd");

    /// <summary>1 when no limit applies, else 0.</summary>
    public static readonly FigureName Unlimited = new("toapis.balance.unlimited", "1", "unlimited");

    /// <summary>1 when the balance has run out, else 0.</summary>
    public static readonly FigureName Exhausted = new("toapis.balance.exhausted", "1", "exhausted");

    /// <summary>The tag (label <c>toapis_balance_unit</c>) naming the unit of <see cref="Remaining"/> and <see cref="Used"/>.</summary>
    public const string UnitTag = "toapis.balance.unit";

    /// <summary>The figure of a threshold's measure.</summary>
    public static FigureName Of(ThresholdMeasure measure) => measure switch
    {
        ThresholdMeasure.Usd => UsdRemaining,
        ThresholdMeasure.PercentRemaining => PercentRemaining,
        ThresholdMeasure.Balance => Remaining,
        _ => CreditsRemaining,
    };

    /// <summary>What a person calls the figure a threshold's measure needs, for "the server did not report the …".</summary>
    public static string Words(ThresholdMeasure measure) => measure switch
    {
        ThresholdMeasure.Usd => "remaining US dollars",
        ThresholdMeasure.PercentRemaining => "remaining and used figures",
        ThresholdMeasure.Balance => "remaining balance",
        _ => "remaining credits",
    };

    /// <summary>A tag's name as OpenTelemetry's Prometheus exporter writes the label.</summary>
    public static string Label(string tag) => tag.Replace('.', '_');

    /// <summary>The JSON unit name of a balance unit.</summary>
    public static string Unit(BalanceUnit unit) => unit switch
    {
        BalanceUnit.Usd => "usd",
        BalanceUnit.Cny => "cny",
        BalanceUnit.Tokens => "tokens",
        _ => "unspecified",
    };
}

/// <summary>The names of one figure.</summary>
/// <param name="Instrument">The OpenTelemetry instrument name.</param>
/// <param name="Unit">The instrument's unit (UCUM; braces for an annotation, which adds no Prometheus suffix).</param>
/// <param name="Json">The JSON field name.</param>
internal sealed record FigureName(string Instrument, string Unit, string Json)
{
    /// <summary>
    /// Gets the name OpenTelemetry's Prometheus exporter gives the gauge: dots become underscores; a unit in braces or
    /// <c>1</c>, as every exported figure here has, adds no suffix.
    /// </summary>
    public string Prometheus => Instrument.Replace('.', '_');
}
