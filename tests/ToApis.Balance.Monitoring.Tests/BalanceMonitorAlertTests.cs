using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary>Alerts through the hosted service: once on entering, once on recovering, to handlers and to the event.</summary>
public sealed class BalanceMonitorAlertTests
{
    private static void TwoLevels(BalanceMonitorOptions m)
    {
        m.Thresholds.Add(BalanceThreshold.Credits(2_000, AlertLevel.Warning));
        m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical));
        m.WarnWhenExhaustedWithin = TimeSpan.Zero;
    }

    /// <summary>A monitor of a million credits, ten of them spent at each of ten polls a minute apart; no exhaustion forecast.</summary>
    private static async Task<MonitorHost> StartSpendingTenAMinuteAsync()
    {
        var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(1_000_000)), m => m.WarnWhenExhaustedWithin = TimeSpan.Zero);
        await SpendAsync(host, 10, 10);
        return host;
    }

    /// <summary>Polls <paramref name="polls"/> more times, <paramref name="perPoll"/> credits fewer at each.</summary>
    private static Task<BalanceMonitorSnapshot> SpendAsync(MonitorHost host, int polls, decimal perPoll)
    {
        var credits = host.Monitor.Current!.RemainingCredits.Amount!.Value;
        return host.PollAsync(polls, i => Bodies.Credits(credits - ((i + 1) * perPoll)));
    }

    [Fact]
    public async Task Poll_CrossesAThreshold_AlertsOnceWithTheFigures()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), TwoLevels);

        var snapshot = await host.PollAsync(3, i => Bodies.Credits(1_900 - (i * 100)));

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal(BalanceAlertKind.Threshold, alert.Kind);
        Assert.Equal(AlertLevel.Warning, alert.Level);
        Assert.False(alert.IsRecovery);
        Assert.Equal("Credits <= 2000 (Warning)", alert.Threshold?.ToString());
        Assert.Equal("ToAPIs balance: Credits is 1900, at or below the threshold Credits <= 2000 (Warning).", alert.Message);
        Assert.Equal(AlertLevel.Warning, snapshot.Level);
    }

    [Fact]
    public async Task Poll_RunsOutWithNoThresholds_OneCriticalExhaustionAlert()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(300)), m => m.WarnWhenExhaustedWithin = TimeSpan.FromHours(24));

        var snapshot = await host.PollAsync(3, i => Bodies.Credits(-100 * i));

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal((BalanceAlertKind.Exhausted, AlertLevel.Critical, false), (alert.Kind, alert.Level, alert.IsRecovery));
        Assert.Equal("ToAPIs balance: the balance has run out (0 credits left). Recharge the account or raise the key's quota.", alert.Message);
        Assert.Equal(AlertLevel.Critical, snapshot.Level);
        Assert.True(snapshot.IsExhausted);
    }

    [Fact]
    public async Task Poll_RechargedAfterRunningOut_ReportsTheRecovery()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(0)), m => m.WarnWhenExhaustedWithin = TimeSpan.Zero);

        var snapshot = await host.PollAsync(1, _ => Bodies.Credits(5_000));

        Assert.Collection(
            host.Alerts.Received,
            exhausted => Assert.Equal((AlertLevel.Critical, false, (AlertLevel?)null), (exhausted.Level, exhausted.IsRecovery, exhausted.RecoveredFrom)),
            recovered => Assert.Equal(("ToAPIs balance: the balance is no longer exhausted (5000 credits left).", AlertLevel.Ok, true, (AlertLevel?)AlertLevel.Critical), (recovered.Message, recovered.Level, recovered.IsRecovery, recovered.RecoveredFrom)));
        Assert.Equal(AlertLevel.Ok, snapshot.Level);
    }

    [Fact]
    public async Task Poll_PercentThresholdRecoversBecauseTheBalanceTurnedUnlimited_SaysUnlimited()
    {
        await using var host = await MonitorHost.StartAsync(
            g => g.Serve(Bodies.Credits(500, 9_500)), m => m.Thresholds.Add(BalanceThreshold.PercentRemaining(10, AlertLevel.Warning)));

        await host.PollAsync(1, _ => """{"success": true, "remain_balance": -1, "used_balance": 47.5, "remain_credits": 500, "used_credits": 9500, "credits_per_usd": 200, "unlimited_quota": true}""");

        var recovered = Assert.Single(host.Alerts.Received, alert => alert.IsRecovery);
        Assert.Contains("PercentRemaining is Unlimited", recovered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_RecoversPastTheMargin_ReportsTheRecovery()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(1_000)), TwoLevels);

        var snapshot = await host.PollAsync(1, _ => Bodies.Credits(2_200));

        Assert.Collection(
            host.Alerts.Received,
            entered => Assert.Equal((AlertLevel.Warning, false), (entered.Level, entered.IsRecovery)),
            recovered =>
            {
                Assert.True(recovered.IsRecovery);
                Assert.Equal(AlertLevel.Ok, recovered.Level);
                Assert.Equal(AlertLevel.Warning, recovered.RecoveredFrom);
                Assert.Equal("ToAPIs balance: Credits is 2200, back above the threshold Credits <= 2000 (Warning); the thresholds' level is now Ok.", recovered.Message);
            });
        Assert.Equal(AlertLevel.Ok, snapshot.Level);
    }

    [Fact]
    public async Task Poll_Unlimited_NeverAlerts()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Unlimited), TwoLevels);

        var snapshot = await host.PollAsync(2, _ => Bodies.Unlimited);

        Assert.Empty(host.Alerts.Received);
        Assert.Equal(Quota.Unlimited, snapshot.RemainingCredits);
        Assert.Null(snapshot.PercentRemaining);
    }

    [Fact]
    public async Task Poll_CreditsNotReported_NoCreditAlert()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), TwoLevels);
        var first = host.First;

        Assert.Empty(host.Alerts.Received);
        Assert.Equal(Quota.NotReported, first.RemainingCredits);
        Assert.Equal(AlertLevel.Ok, first.Level);
    }

    [Fact]
    public async Task AlertRaised_FiresAfterTheHandlers()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), TwoLevels);
        var seen = new List<(BalanceAlert Alert, int HandledBefore)>();
        host.Monitor.AlertRaised += (_, e) => seen.Add((e.Alert, host.Alerts.Received.Count));

        await host.PollAsync(1, _ => Bodies.Credits(400));

        var (alert, handledBefore) = Assert.Single(seen);
        Assert.Equal(AlertLevel.Critical, alert.Level);
        Assert.Equal(1, handledBefore);
    }

    [Fact]
    public async Task Handler_Throws_OthersStillRunAndPollingGoesOn()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), TwoLevels, services => services.AddSingleton<IBalanceAlertHandler, ThrowingHandler>());

        await host.PollAsync(2, i => Bodies.Credits(400 - i));

        Assert.Single(host.Alerts.Received);
        Assert.Equal(3, host.Gateway.CountRequests(Gateway.UserPath));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 205 && r.Message.Contains(nameof(ThrowingHandler), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_SteadySpend_WarnsOfExhaustionOnce()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)));

        // 100 credits a minute is 6,000 an hour. The forecast starts once 5 minutes are covered: 2,500 credits left, 25 minutes.
        var snapshot = await host.PollAsync(8, i => Bodies.Credits(2_900 - (i * 100)));

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal(BalanceAlertKind.Exhaustion, alert.Kind);
        Assert.Equal(AlertLevel.Warning, alert.Level);
        Assert.Equal("ToAPIs balance: at 6000 credits per hour the balance runs out in 25 min (at 2026-01-01 00:30:00Z), within the 24 h horizon. Recharge or slow the spend.", alert.Message);
        Assert.Equal(6000, snapshot.Forecast.CreditsPerHour!.Value, 6);
        Assert.Equal(AlertLevel.Warning, snapshot.Level);
    }

    [Fact]
    public async Task Poll_Recharge_EndsTheExhaustionWarning()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)));
        await host.PollAsync(6, i => Bodies.Credits(2_900 - (i * 100)));

        var snapshot = await host.PollAsync(1, _ => Bodies.Credits(100_000));

        Assert.Collection(
            host.Alerts.Received,
            warning => Assert.False(warning.IsRecovery),
            recovery => Assert.Equal((BalanceAlertKind.Exhaustion, true), (recovery.Kind, recovery.IsRecovery)));
        Assert.Null(snapshot.Forecast.CreditsPerHour);
        Assert.Equal(AlertLevel.Ok, snapshot.Level);
    }

    [Fact]
    public async Task Poll_ForecastExactlyAtTheHorizon_Warns()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), m => m.WarnWhenExhaustedWithin = TimeSpan.FromMinutes(25));

        // 6,000 credits an hour from the fifth minute on, 2,500 left: exactly 25 minutes.
        var snapshot = await host.PollAsync(5, i => Bodies.Credits(2_900 - (i * 100)));

        Assert.Equal(TimeSpan.FromMinutes(25), snapshot.Forecast.TimeToExhaustion);
        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal((BalanceAlertKind.Exhaustion, false), (alert.Kind, alert.IsRecovery));
    }

    [Fact]
    public async Task Poll_ForecastBackAboveTheHorizon_WarningEndsOnlyPastTheMargin()
    {
        // A 31-minute horizon with the default 5 % margin: the warning ends beyond 32.55 minutes.
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), m => m.WarnWhenExhaustedWithin = TimeSpan.FromMinutes(31));
        await host.PollAsync(5, i => Bodies.Credits(2_900 - (i * 100)));

        // The spend stops: the rate over the window falls, so the forecast moves out to 28, then 32.3, then 37.5 minutes.
        var withinMargin = await host.PollAsync(2, _ => Bodies.Credits(2_500));
        var alertsWithinMargin = host.Alerts.Received;
        var pastMargin = await host.PollAsync(1, _ => Bodies.Credits(2_500));

        Assert.InRange(withinMargin.Forecast.TimeToExhaustion!.Value, TimeSpan.FromMinutes(31), TimeSpan.FromMinutes(32.55));
        Assert.Equal(AlertLevel.Warning, withinMargin.Level);
        Assert.Single(alertsWithinMargin);
        Assert.True(pastMargin.Forecast.TimeToExhaustion > TimeSpan.FromMinutes(32.55));
        Assert.Collection(
            host.Alerts.Received,
            warning => Assert.Equal((BalanceAlertKind.Exhaustion, false), (warning.Kind, warning.IsRecovery)),
            recovery => Assert.Equal((BalanceAlertKind.Exhaustion, true), (recovery.Kind, recovery.IsRecovery)));
        Assert.Equal(AlertLevel.Ok, pastMargin.Level);
    }

    [Fact]
    public async Task Poll_NoFigureReportedAfterRunningOut_EndsNoAlert()
    {
        // 100 credits a minute, steadily: forecast to run out at the fifth minute's poll, run out at the sixth.
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(600)));
        await host.PollAsync(6, i => Bodies.Credits(500 - (i * 100)));

        // Neither credits nor a balance: whether it is still run out is not known, so neither the Critical nor the forecast's warning ends.
        var snapshot = await host.PollAsync(1, _ => """{"success": true, "unlimited_quota": false}""");

        Assert.Equal([BalanceAlertKind.Exhaustion, BalanceAlertKind.Exhausted], host.Alerts.Received.Select(a => a.Kind));
        Assert.DoesNotContain(host.Alerts.Received, a => a.IsRecovery);
        Assert.Equal(AlertLevel.Critical, snapshot.Level);
    }

    [Fact]
    public async Task Poll_SpendBackToItsUsualRate_EndsTheSpikeAlert()
    {
        await using var host = await StartSpendingTenAMinuteAsync();
        await SpendAsync(host, 2, 200);

        var snapshot = await SpendAsync(host, 4, 10);

        Assert.Collection(
            host.Alerts.Received,
            spike => Assert.Equal((BalanceAlertKind.SpendSpike, false), (spike.Kind, spike.IsRecovery)),
            recovery => Assert.Equal(("ToAPIs balance: the spend rate is back within range.", BalanceAlertKind.SpendSpike, true), (recovery.Message, recovery.Kind, recovery.IsRecovery)));
        Assert.False(snapshot.Forecast.IsSpike);
        Assert.Equal(AlertLevel.Ok, snapshot.Level);
    }

    [Fact]
    public async Task Poll_SpendSpike_Alerts()
    {
        await using var host = await StartSpendingTenAMinuteAsync();

        var snapshot = await SpendAsync(host, 3, 200);

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal(BalanceAlertKind.SpendSpike, alert.Kind);
        // Raised at the first poll of the spike: one fast minute inside the 3-minute window already runs at 6.7 times 10 a minute.
        Assert.Equal("ToAPIs balance: spend over the last 3 min runs at 6.7 times the rate before it; look for a runaway loop or a leaked key.", alert.Message);
        Assert.True(snapshot.Forecast.IsSpike);
    }

    [Fact]
    public async Task Handler_Hangs_IsGivenUpAfterThirtySecondsAndPollingGoesOn()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(3_000)), TwoLevels, services => services.AddSingleton<IBalanceAlertHandler, HangingHandler>());
        host.Gateway.Serve(Bodies.Credits(400));
        host.Time.Advance(host.Monitor.Current!.NextPollAt - host.Time.GetUtcNow());
        var polled = host.NextSnapshotAsync();

        // The handler never returns: the poll's snapshot comes once the fake clock passes the handler's limit.
        var waited = TimeSpan.Zero;
        while (!polled.IsCompleted && waited < TimeSpan.FromSeconds(31))
        {
            await Task.Delay(20);
            host.Time.Advance(TimeSpan.FromSeconds(1));
            waited += TimeSpan.FromSeconds(1);
        }

        Assert.Equal(AlertLevel.Critical, (await polled).Level);
        Assert.InRange(waited, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(31));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 205 && r.Message.Contains(nameof(HangingHandler), StringComparison.Ordinal));
        await host.NextPollAsync();
        Assert.Equal(3, host.Gateway.CountRequests(Gateway.UserPath));
    }

    private sealed class HangingHandler : IBalanceAlertHandler
    {
        public Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, CancellationToken.None);
    }

    private sealed class ThrowingHandler : IBalanceAlertHandler
    {
        public Task HandleAsync(BalanceAlert alert, CancellationToken cancellationToken) => throw new InvalidOperationException("pager down");
    }
}
