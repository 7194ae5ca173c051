using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ToApis.Balance.Monitoring.Tests.TestSupport;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Monitoring.Tests.Samples;

/// <summary>
/// <c>samples/BalanceAlerts</c> as shipped (its appsettings.json): on the sandbox's falling balance, 12 USD (2,400
/// credits) less 4 USD a minute, polled every 10 s, with a Warning threshold at 2,000 credits.
/// </summary>
[Collection(nameof(BalanceAlertsSampleTests))]
public sealed class BalanceAlertsSampleTests
{
    [Fact]
    public async Task HealthReady_BalanceFallsPastTheWarningThreshold_HealthyThenDegraded()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        var statuses = new List<string>();
        var snapshot = await app.FirstPollAsync();
        statuses.Add(await ReadinessAsync(http));
        while (snapshot.RemainingCredits.Amount > 2_000 && statuses.Count < 10)
        {
            snapshot = await app.NextPollAsync();
            statuses.Add(await ReadinessAsync(http));
        }

        Assert.Equal(["Healthy", "Healthy", "Healthy", "Degraded"], statuses);
    }

    [Fact]
    public async Task Metrics_AfterThePoll_PrometheusCreditsRemainingWithoutTheKey()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        await app.FirstPollAsync();

        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        var effective = metrics.Split('\n').Where(line => line.StartsWith("toapis_balance_credits_remaining{", StringComparison.Ordinal) && line.Contains("toapis_balance_scope=\"effective\"", StringComparison.Ordinal));
        Assert.EndsWith("} 2400", Assert.Single(effective), StringComparison.Ordinal);
        Assert.DoesNotContain(ToApisSandbox.ApiKey, metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_WarningThresholdCrossed_LoggedOnceAndListedAtBalance()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        await app.PollUntilAsync(TimeSpan.FromSeconds(30));

        var logged = Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Id == 201);
        using var balance = JsonDocument.Parse(await http.GetStringAsync(new Uri("/balance", UriKind.Relative)));
        var listed = Assert.Single(balance.RootElement.GetProperty("alerts").EnumerateArray());

        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.EndsWith("at or below the threshold Credits <= 2000 (Warning).", logged.Message, StringComparison.Ordinal);
        Assert.Equal("Threshold", listed.GetProperty("kind").GetString());
        Assert.Equal(logged.Message, listed.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Balance_AfterTheForecastSpan_SpendRateAndExhaustion()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        await app.PollUntilAsync(TimeSpan.FromSeconds(20));

        using var balance = JsonDocument.Parse(await http.GetStringAsync(new Uri("/balance", UriKind.Relative)));
        var forecast = balance.RootElement.GetProperty("forecast");

        // 2,400, 2,266 and 2,134 credits 10 s apart: 13.3 credits a second; 2,134 credits last another 160 s.
        Assert.Equal(47_880, forecast.GetProperty("credits_per_hour").GetDouble(), precision: 6);
        var expected = BalanceAlertsApp.Start.AddSeconds(20).AddHours(2_134 / 47_880.0);
        Assert.Equal(expected, forecast.GetProperty("exhaustion_at").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Balance_AndTheHealthChecksData_TheSameFiguresUnderTheSameNames()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        await app.PollUntilAsync(TimeSpan.FromSeconds(30));

        using var balance = JsonDocument.Parse(await http.GetStringAsync(new Uri("/balance", UriKind.Relative)));
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
        var data = health.RootElement.GetProperty("checks")[0].GetProperty("data");

        foreach (var name in new[] { "remaining_credits", "remaining_usd", "remaining_percent", "unlimited", "exhausted" })
        {
            Assert.Equal(data.GetProperty(name).GetRawText(), balance.RootElement.GetProperty(name).GetRawText());
        }

        Assert.Equal(JsonValueKind.Number, balance.RootElement.GetProperty("remaining_credits").ValueKind);
    }

    [Fact]
    public async Task HealthReady_ProbedWhileDegraded_NotLoggedAsAnAlertOnEveryProbe()
    {
        await using var app = new BalanceAlertsApp();
        using var http = app.CreateClient();
        await app.PollUntilAsync(TimeSpan.FromSeconds(30));

        var statuses = new List<string>();
        for (var probe = 0; probe < 3; probe++)
        {
            statuses.Add(await ReadinessAsync(http));
        }

        Assert.Equal(["Degraded", "Degraded", "Degraded"], statuses);
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Category?.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal) == true);
    }

    private static async Task<string> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("status").GetString()!;
    }
}

/// <summary>
/// Alone, after the other tests: OpenTelemetry's <c>AddMeter("ToApis.Balance")</c> listens to every meter of that name
/// in the process, so a monitor another test runs meanwhile would add its points to the sample's <c>/metrics</c>.
/// </summary>
[CollectionDefinition(nameof(BalanceAlertsSampleTests), DisableParallelization = true)]
public sealed class BalanceAlertsSampleCollection;

