using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary><c>AddToApisBalance</c>: the monitor's snapshots as readiness health.</summary>
public sealed class BalanceHealthCheckTests
{
    private static void Thresholds(BalanceMonitorOptions m)
    {
        m.Thresholds.Add(BalanceThreshold.Credits(2_000, AlertLevel.Warning));
        m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical));
        m.StaleAfter = TimeSpan.FromMinutes(2);
    }

    /// <summary>A threshold on the balance, which <see cref="Bodies.WithoutCredits"/> crosses, and a Critical one on the credits it does not report.</summary>
    private static Action<BalanceMonitorOptions> BalanceAt20AndCreditsAt500(AlertLevel balanceLevel) => m =>
    {
        m.Thresholds.Add(BalanceThreshold.Balance(20, balanceLevel));
        m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical));
    };

    private static void HealthChecks(IServiceCollection services) => services.AddHealthChecks().AddToApisBalance(tags: ["ready"]);

    [Theory]
    [InlineData(5_000, 5_000, HealthStatus.Healthy, "ToAPIs balance: Ok, 5000 credits left (50 %).")]
    [InlineData(1_500, 0, HealthStatus.Degraded, "ToAPIs balance: Warning, 1500 credits left (100 %).")]
    [InlineData(400, 600, HealthStatus.Unhealthy, "ToAPIs balance: Critical, 400 credits left (40 %).")]
    public async Task Check_Level_StatusAndWhy(int credits, int used, HealthStatus status, string description)
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(credits, used)), Thresholds, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(status, entry.Status);
        Assert.Equal(description, entry.Description);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-500)]
    public async Task Check_ExhaustedWithNoThresholds_Unhealthy(int credits)
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(credits, 1_000)), _ => { }, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("ToAPIs balance: exhausted, ", entry.Description);
    }

    [Fact]
    public async Task Check_OverdrawnWithoutCredits_UnhealthyAsWithCredits()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve("""{"success": true, "remain_balance": -2.5, "used_balance": 102.5}"""), _ => { }, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("ToAPIs balance: exhausted, ", entry.Description);
    }

    [Fact]
    public async Task Check_CriticalWithFailureStatusDegraded_Degraded()
    {
        await using var host = await MonitorHost.StartAsync(
            g => g.Serve(Bodies.Credits(400)), Thresholds, services => services.AddHealthChecks().AddToApisBalance(failureStatus: HealthStatus.Degraded));

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
    }

    [Fact]
    public async Task Check_Stale_UnhealthyAndSaysHowOld()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), Thresholds, HealthChecks);
        host.Gateway.Fail(500, """{"error": {"code": 500, "message": "upstream failed", "type": "server_error"}}""");
        await host.NextPollAsync();
        await host.NextPollAsync();
        await host.NextPollAsync();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("ToAPIs balance: stale, the latest balance is 3 min old (stale after 2 min); 3 polls failed in a row.", entry.Description);
    }

    [Fact]
    public async Task Check_MonitorStoppedPolling_StaleByTheClock()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), Thresholds, HealthChecks);
        foreach (var service in host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await service.StopAsync(CancellationToken.None);
        }

        host.Time.Advance(TimeSpan.FromMinutes(3));
        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("ToAPIs balance: stale, the latest balance is 3 min old", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoBalanceYet_UnhealthyWithTheFailure()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(401, Bodies.AuthenticationError), Thresholds, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("ToAPIs balance: no balance read yet (the latest poll failed: ", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ThresholdsOnCreditsTheServerDoesNotReport_DegradedSayingWhatIsNotKnown()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), Thresholds, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("ToAPIs balance: unknown, 10.5 left (82 %); the server did not report the remaining credits that the threshold Credits <= 500 (Critical) needs, so whether it is crossed is not known.", entry.Description);
        Assert.Equal(true, entry.Data["unknown"]);
    }

    [Fact]
    public async Task Check_NeitherCreditsNorABalanceWithNoThresholds_DegradedSayingExhaustionIsNotKnown()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve("""{"success": true, "unlimited_quota": false}"""), _ => { }, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.EndsWith("; the server reported neither credits nor a balance, so whether it has run out is not known.", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WarningCrossedAndCriticalUndecided_DegradedSayingBoth()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), BalanceAt20AndCreditsAt500(AlertLevel.Warning), HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.StartsWith("ToAPIs balance: Warning, ", entry.Description, StringComparison.Ordinal);
        Assert.EndsWith("; the server did not report the remaining credits that the threshold Credits <= 500 (Critical) needs, so whether it is crossed is not known.", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CriticalCrossedWhileAnotherCriticalIsUndecided_UnhealthyNotUnknown()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), BalanceAt20AndCreditsAt500(AlertLevel.Critical), HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal(false, entry.Data["unknown"]);
    }

    [Fact]
    public async Task Check_Data_CarriesTheFiguresNeverTheKey()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(4_000, 36_000)), Thresholds, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal("Ok", entry.Data["level"]);
        Assert.Equal(false, entry.Data["unknown"]);
        Assert.Equal("Both", entry.Data["scope"]);
        Assert.Equal(4000m, entry.Data["remaining_credits"]);
        Assert.Equal(20m, entry.Data["remaining_usd"]);
        Assert.Equal(10m, entry.Data["remaining_percent"]);
        Assert.Equal((false, false), (entry.Data["unlimited"], entry.Data["exhausted"]));
        Assert.Equal(0, entry.Data["consecutive_failures"]);
        Assert.Equal(0d, entry.Data["age_seconds"]);
        Assert.Equal("2026-01-01T00:00:00.0000000+00:00", entry.Data["fetched_at"]);
        Assert.DoesNotContain(entry.Data.Values, v => v.ToString()!.Contains(Gateway.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_NamedClient_DataPrefixedWithItsName()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), Thresholds, HealthChecks, clientName: "team-a");

        var entry = await CheckAsync(host);

        Assert.Equal(5000m, entry.Data["team-a.remaining_credits"]);
        Assert.StartsWith("ToAPIs balance of client 'team-a': Ok", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BalanceExactlyStaleAfterOld_NotStale()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), Thresholds, HealthChecks);
        host.Gateway.Fail(500, """{"error": {"code": 500, "message": "upstream failed", "type": "server_error"}}""");
        await host.NextPollAsync();
        await host.NextPollAsync();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(120d, entry.Data["age_seconds"]);
    }

    [Fact]
    public async Task Check_Unlimited_HealthyWithoutAPercentage()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Unlimited), Thresholds, HealthChecks);

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("ToAPIs balance: Ok, Unlimited credits left.", entry.Description);
    }

    [Fact]
    public async Task Check_Forecast_DataCarriesTheRateAndWhenItRunsOut()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), _ => { }, HealthChecks);
        await host.PollAsync(5, i => Bodies.Credits(2_900 - (i * 100)));

        var entry = await CheckAsync(host);

        Assert.Equal(6000, (double)entry.Data["credits_per_hour"], 6);
        Assert.Equal("2026-01-01T00:30:00.0000000+00:00", entry.Data["exhaustion_at"]);
    }

    [Fact]
    public async Task Check_TwoClients_TheWorstStatusAndEachDescription()
    {
        // Registered first, team-b has not polled yet: its first poll is up to 2 s away on a clock the test does not move.
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), Thresholds, services =>
        {
            HealthChecks(services);
            services.AddToApisBalanceClient("team-b", o =>
            {
                o.ApiKey = Gateway.ApiKey;
                o.BaseAddress = new Uri("http://127.0.0.1:9/");
            }).AddBalanceMonitoring();
        });

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("ToAPIs balance of client 'team-b': no balance read yet. | ToAPIs balance: Ok, 5000 credits left (100 %).", entry.Description);
    }

    [Fact]
    public async Task Check_WithoutAContext_Throws()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), services: HealthChecks);
        var registration = Assert.Single(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
        var check = registration.Factory(host.Services);

        await Assert.ThrowsAsync<ArgumentNullException>(() => check.CheckHealthAsync(null!));
    }

    [Fact]
    public async Task AddToApisBalance_RegistersNameTagsAndTimeout()
    {
        await using var host = await MonitorHost.StartAsync(
            g => g.Serve(Bodies.Credits(5_000)), services: s => s.AddHealthChecks().AddToApisBalance("balance", tags: ["ready"], timeout: TimeSpan.FromSeconds(2)));

        var registration = Assert.Single(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        Assert.Equal("balance", registration.Name);
        Assert.Equal(["ready"], registration.Tags);
        Assert.Equal(TimeSpan.FromSeconds(2), registration.Timeout);
        Assert.Equal(HealthStatus.Unhealthy, registration.FailureStatus);
    }

    [Fact]
    public void AddToApisBalance_WithoutMonitoring_SaysWhatToAdd()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddHealthChecks().AddToApisBalance();
        using var provider = services.BuildServiceProvider();
        var registration = Assert.Single(provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        var error = Assert.Throws<InvalidOperationException>(() => registration.Factory(provider));

        Assert.Equal("The ToAPIs balance health check reads the balance monitor: call AddBalanceMonitoring() on AddToApisBalanceClient(...).", error.Message);
    }

    private static async Task<HealthReportEntry> CheckAsync(MonitorHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return Assert.Single(report.Entries).Value;
    }
}
