using System.Text.Json;
using ToApis.Balance.Monitoring;

namespace BalanceAlerts;

/// <summary>
/// The monitor's latest snapshot, its forecast and the latest alerts, as <c>/balance</c> answers them: the figures
/// under the names and as the JSON numbers the CLI's JSON and the health check's data use (docs/json.md), snake_case.
/// </summary>
internal sealed record BalanceView(
    string Level,
    string Scope,
    decimal? RemainingCredits,
    decimal? RemainingUsd,
    decimal? RemainingPercent,
    bool Unlimited,
    bool Exhausted,
    string? LimitedBy,
    DateTimeOffset? FetchedAt,
    double? AgeSeconds,
    bool IsStale,
    DateTimeOffset NextPollAt,
    int ConsecutiveFailures,
    string? LastFailure,
    ForecastView Forecast,
    IReadOnlyList<AlertView> Alerts)
{
    /// <summary>snake_case, as every JSON output of the project.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The endpoint: the view, or 503 before the first poll has ended.</summary>
    public static IResult Get(IBalanceMonitor monitor, AlertBoard alerts, TimeProvider time) => monitor.Current is { } snapshot
        ? Results.Json(From(snapshot, alerts.Latest, time.GetUtcNow()), Json)
        : Results.Json(new { message = "No balance read yet: the first poll is under way." }, Json, statusCode: StatusCodes.Status503ServiceUnavailable);

    // A figure that is unlimited or not reported is null, and "unlimited" says which: never a number that stands for
    // something else. A failure shows its type and its message, which the client has scrubbed of the key.
    private static BalanceView From(BalanceMonitorSnapshot s, IReadOnlyList<AlertView> alerts, DateTimeOffset now) => new(
        s.Level.ToString(),
        s.Scope.ToString(),
        s.RemainingCredits.Amount,
        s.RemainingUsd.Amount,
        s.PercentRemaining is { } percent ? Math.Round(percent, 2) : null,
        s.RemainingCredits.IsUnlimited,
        s.IsExhausted,
        s.LimitedBy?.ToString(),
        s.FetchedAt,
        (now - s.FetchedAt)?.TotalSeconds,
        s.IsStale,
        s.NextPollAt,
        s.ConsecutiveFailures,
        s.LastFailure is { } failure ? $"{failure.GetType().Name}: {failure.Message}" : null,
        new ForecastView(s.Forecast.CreditsPerHour, s.Forecast.UsdPerHour, s.Forecast.TimeToExhaustion?.TotalSeconds, s.Forecast.ExhaustionAt, s.Forecast.SpikeRatio, s.Forecast.IsSpike),
        alerts);
}

/// <summary>The spend-rate forecast; null figures until the balances cover <c>ForecastMinimumSpan</c>.</summary>
internal sealed record ForecastView(double? CreditsPerHour, double? UsdPerHour, double? SecondsToExhaustion, DateTimeOffset? ExhaustionAt, double? SpikeRatio, bool IsSpike);
