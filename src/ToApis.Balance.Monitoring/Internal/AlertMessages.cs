using System.Globalization;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The texts of alerts: which client, which figure, how much, what to do. Never the key (exception messages are scrubbed by the core).</summary>
internal static class AlertMessages
{
    public static string Who(string clientName) => clientName.Length == 0 ? "ToAPIs balance" : $"ToAPIs balance of client '{clientName}'";

    public static string ThresholdEntered(BalanceMonitorSnapshot snapshot, BalanceThreshold threshold) =>
        Format($"{Who(snapshot.ClientName)}: {threshold.Measure} is {Figure(snapshot, threshold.Measure)}, at or below the threshold {threshold}.");

    public static string ThresholdRecovered(BalanceMonitorSnapshot snapshot, BalanceThreshold threshold, AlertLevel level) =>
        Format($"{Who(snapshot.ClientName)}: {threshold.Measure} is {Figure(snapshot, threshold.Measure)}, back above the threshold {threshold}; the thresholds' level is now {level}.");

    public static string Exhaustion(BalanceMonitorSnapshot snapshot, TimeSpan horizon) =>
        Format($"{Who(snapshot.ClientName)}: at {Rate(snapshot.Forecast)} the balance runs out in {Hours(snapshot.Forecast.TimeToExhaustion!.Value)} (at {snapshot.Forecast.ExhaustionAt:u}), within the {Hours(horizon)} horizon. Recharge or slow the spend.");

    public static string Exhausted(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: the balance has run out ({Left(snapshot)}). Recharge the account or raise the key's quota.");

    public static string ExhaustedRecovered(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: the balance is no longer exhausted ({Left(snapshot)}).");

    public static string ExhaustionRecovered(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: the balance is no longer forecast to run out within the horizon.");

    public static string Spike(BalanceMonitorSnapshot snapshot, TimeSpan window) =>
        snapshot.Forecast.SpikeRatio is { } ratio
            ? Format($"{Who(snapshot.ClientName)}: spend over the last {Hours(window)} runs at {ratio:0.#} times the rate before it; look for a runaway loop or a leaked key.")
            : Format($"{Who(snapshot.ClientName)}: spending started over the last {Hours(window)} after an idle stretch; look for a runaway loop or a leaked key.");

    public static string SpikeRecovered(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: the spend rate is back within range.");

    public static string Failures(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: {snapshot.ConsecutiveFailures} polls in a row failed; the latest: {snapshot.LastFailure?.Message} {Kept(snapshot)}");

    public static string Authentication(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: the server refused the API key (revoked, deleted or wrong): {snapshot.LastFailure?.Message} Polls back off until it is accepted again; check the key. {Kept(snapshot)}");

    public static string PollsRecovered(BalanceMonitorSnapshot snapshot) =>
        Format($"{Who(snapshot.ClientName)}: polls succeed again.");

    /// <summary>Why the state beyond the level is not known (<see cref="BalanceMonitorSnapshot.IsUnknown"/>): which figure the server left out.</summary>
    public static string Undecided(BalanceMonitorSnapshot snapshot) => snapshot.Undecided is { } threshold
        ? $"the server did not report the {FigureNames.Words(threshold.Measure)} that the threshold {threshold} needs, so whether it is crossed is not known"
        : "the server reported neither credits nor a balance, so whether it has run out is not known";

    /// <summary>What is left: the credits, or the balance in its unit where the server reports no credits.</summary>
    public static string Left(BalanceMonitorSnapshot snapshot) => snapshot.RemainingCredits.IsReported
        ? Format($"{snapshot.RemainingCredits} credits left")
        : Format($"{snapshot.Remaining} left");

    private static string Kept(BalanceMonitorSnapshot snapshot) => snapshot.FetchedAt is { } fetchedAt
        ? Format($"The last balance read is from {fetchedAt:u} ({Hours(snapshot.Age!.Value)} old).")
        : "No balance has been read yet.";

    private static string Figure(BalanceMonitorSnapshot snapshot, ThresholdMeasure measure) => measure switch
    {
        ThresholdMeasure.Credits => snapshot.RemainingCredits.ToString(),
        ThresholdMeasure.Balance => snapshot.Remaining.ToString(),
        ThresholdMeasure.Usd => snapshot.RemainingUsd.ToString(),
        _ => snapshot.PercentRemaining is { } percent ? Format($"{percent:0.##} %") : snapshot.RemainingCredits.IsUnlimited ? "Unlimited" : "not reported",
    };

    private static string Rate(SpendForecast forecast) => (forecast.CreditsPerHour, forecast.BalancePerHour) switch
    {
        ({ } credits, _) => Format($"{credits:0.##} credits per hour"),
        (_, { } balance) => Format($"{balance:0.####} per hour"),
        _ => "the current spend rate",
    };

    private static string Hours(TimeSpan span) => span.TotalHours >= 1 ? Format($"{span.TotalHours:0.#} h") : Format($"{span.TotalMinutes:0.#} min");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
