using ToApis.Balance.Monitoring;

namespace BalanceAlerts;

/// <summary>The monitor's latest snapshot, its forecast and the latest alerts, as <c>/balance</c> answers them.</summary>
internal sealed record BalanceView(
    string Level,
    string Scope,
    string RemainingCredits,
    string RemainingUsd,
    decimal? PercentRemaining,
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
    /// <summary>The endpoint: the view, or 503 before the first poll has ended.</summary>
    public static IResult Get(IBalanceMonitor monitor, AlertBoard alerts, TimeProvider time) => monitor.Current is { } snapshot
        ? Results.Json(From(snapshot, alerts.Latest, time.GetUtcNow()))
        : Results.Json(new { message = "No balance read yet: the first poll is under way." }, statusCode: StatusCodes.Status503ServiceUnavailable);

    // Quotas as text: "2000", "Unlimited" or "NotReported", never a number that stands for something else.
    // A failure shows its type and its message, which the client has scrubbed of the key.
    private static BalanceView From(BalanceMonitorSnapshot s, IReadOnlyList<AlertView> alerts, DateTimeOffset now) => new(
        s.Level.ToString(),
        s.Scope.ToString(),
        s.RemainingCredits.ToString(),
        s.RemainingUsd.ToString(),
        s.PercentRemaining,
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
