using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>
/// Reports the monitor's latest snapshots as health, for readiness: Healthy, Degraded at Warning or when a higher
/// threshold cannot be judged (<see cref="BalanceMonitorSnapshot.IsUnknown"/>), the failure status
/// at Critical or when a balance is stale. It never calls the API: the monitor's polls keep the snapshots fresh.
/// </summary>
internal sealed class BalanceHealthCheck(BalanceMonitor monitor, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var worst = HealthStatus.Healthy;
        var descriptions = new List<string>();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var client in monitor.Clients)
        {
            var prefix = client.Name.Length == 0 ? string.Empty : client.Name + ".";
            var (status, description) = Judge(client, now, context.Registration.FailureStatus);
            descriptions.Add(description);
            worst = status < worst ? status : worst;
            if (client.Current is { } snapshot)
            {
                AddData(data, prefix, snapshot, now);
            }
        }

        return Task.FromResult(new HealthCheckResult(worst, string.Join(" | ", descriptions), data: data));
    }

    private static (HealthStatus Status, string Description) Judge(ClientMonitor client, DateTimeOffset now, HealthStatus failureStatus)
    {
        var who = AlertMessages.Who(client.Name);
        var snapshot = client.Current;
        if (snapshot?.FetchedAt is not { } fetchedAt)
        {
            var why = snapshot?.LastFailure is { } failure ? $" (the latest poll failed: {failure.Message})" : string.Empty;
            return (failureStatus, $"{who}: no balance read yet{why}.");
        }

        var staleAfter = MonitorDefaults.StaleAfter(client.Options);
        var age = now - fetchedAt;
        if (age > staleAfter)
        {
            return (failureStatus, Format($"{who}: stale, the latest balance is {age.TotalMinutes:0.#} min old (stale after {staleAfter.TotalMinutes:0.#} min); {snapshot.ConsecutiveFailures} polls failed in a row."));
        }

        var figures = AlertMessages.Left(snapshot) + (snapshot.PercentRemaining is { } percent ? Format($" ({percent:0.#} %)") : string.Empty);
        if (snapshot.IsExhausted)
        {
            // Run out (or overdrawn): not ready to do paid work, thresholds or not.
            return (failureStatus, $"{who}: exhausted, {figures}.");
        }

        // Unknown (a figure a higher threshold needs was not reported) is Degraded: worth a look, never taken for Ok
        // or for the worse level it might be.
        var unknown = snapshot.IsUnknown ? "; " + AlertMessages.Undecided(snapshot) : string.Empty;
        return snapshot.Level switch
        {
            AlertLevel.Critical => (failureStatus, $"{who}: Critical, {figures}{Failing(snapshot)}."),
            AlertLevel.Warning => (HealthStatus.Degraded, $"{who}: Warning, {figures}{Failing(snapshot)}{unknown}."),
            _ when snapshot.IsUnknown => (HealthStatus.Degraded, $"{who}: unknown, {figures}{unknown}."),
            _ => (HealthStatus.Healthy, $"{who}: Ok, {figures}."),
        };
    }

    private static string Failing(BalanceMonitorSnapshot snapshot) => snapshot.LastFailure is { } failure
        ? Format($"; {snapshot.ConsecutiveFailures} polls failed in a row, the latest: {failure.Message}")
        : string.Empty;

    /// <summary>The figures, for a health UI or a JSON writer; never the key.</summary>
    private static void AddData(Dictionary<string, object> data, string prefix, BalanceMonitorSnapshot snapshot, DateTimeOffset now)
    {
        data[prefix + "level"] = snapshot.Level.ToString();
        data[prefix + "unknown"] = snapshot.IsUnknown;
        data[prefix + "scope"] = snapshot.Scope.ToString();
        data[prefix + "consecutive_failures"] = snapshot.ConsecutiveFailures;
        if (snapshot.FetchedAt is not null)
        {
            // The figures under the names every JSON output uses: numbers, absent when unlimited or not reported.
            var figures = snapshot.Figures;
            AddAmount(data, prefix + FigureNames.CreditsRemaining.Json, figures.Credits);
            AddAmount(data, prefix + FigureNames.UsdRemaining.Json, figures.Usd);
            AddAmount(data, prefix + FigureNames.PercentRemaining.Json, figures.PercentRemaining.Amount is { } percent ? Quota.Limited(Math.Round(percent, 2)) : Quota.NotReported);
            data[prefix + FigureNames.Unlimited.Json] = figures.Credits.IsUnlimited;
            data[prefix + FigureNames.Exhausted.Json] = figures.IsExhausted;
        }

        if (snapshot.FetchedAt is { } fetchedAt)
        {
            data[prefix + "fetched_at"] = fetchedAt.ToString("O", CultureInfo.InvariantCulture);
            data[prefix + "age_seconds"] = (now - fetchedAt).TotalSeconds;
        }

        if (snapshot.Forecast.CreditsPerHour is { } rate)
        {
            data[prefix + "credits_per_hour"] = rate;
        }

        if (snapshot.Forecast.ExhaustionAt is { } exhaustion)
        {
            data[prefix + "exhaustion_at"] = exhaustion.ToString("O", CultureInfo.InvariantCulture);
        }
    }

    private static void AddAmount(Dictionary<string, object> data, string name, Quota figure)
    {
        if (figure.TryGetAmount(out var amount))
        {
            data[name] = amount;
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
