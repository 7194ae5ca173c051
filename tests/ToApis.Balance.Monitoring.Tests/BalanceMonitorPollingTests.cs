using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary>The hosted service: what it reads, when, and what its snapshots say.</summary>
public sealed class BalanceMonitorPollingTests
{
    [Fact]
    public async Task Start_BothScope_FirstSnapshotHoldsBothBalancesAndTheSmallerRemaining()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(token: Bodies.Credits(10_000, 10_000), user: Bodies.Credits(4_000, 36_000)));
        var first = host.First;

        Assert.Equal(Quota.Limited(10_000m), first.Token!.RemainingCredits);
        Assert.Equal(Quota.Limited(4_000m), first.User!.RemainingCredits);
        Assert.Equal(Quota.Limited(4_000m), first.RemainingCredits);
        Assert.Equal(Quota.Limited(20m), first.RemainingUsd);
        Assert.Equal(10m, first.PercentRemaining);
        Assert.Equal(90m, first.PercentUsed);
        Assert.Equal(BalanceScope.User, first.LimitedBy);
        Assert.Equal(host.Time.GetUtcNow(), first.FetchedAt);
        Assert.Equal(TimeSpan.Zero, first.Age);
        Assert.False(first.IsStale);
        Assert.Equal(AlertLevel.Ok, first.Level);
        Assert.Same(first, host.Monitor.Current);
    }

    [Fact]
    public async Task Snapshot_ThresholdOnCreditsTheServerDoesNotReport_UnknownNamingItNeverOk()
    {
        var critical = BalanceThreshold.Credits(500, AlertLevel.Critical);
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Thresholds.Add(critical));

        Assert.Equal(AlertLevel.Ok, host.First.Level);
        Assert.True(host.First.IsUnknown);
        Assert.Equal(critical.ToString(), host.First.Undecided?.ToString());
    }

    [Fact]
    public async Task Snapshot_NeitherCreditsNorABalance_UnknownWhetherExhaustedWithNoThreshold()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve("""{"success": true, "unlimited_quota": false}"""), _ => { });

        Assert.True(host.First.IsUnknown);
        Assert.Null(host.First.Undecided);
    }

    [Fact]
    public async Task Snapshot_CreditsReportedAgain_NoLongerUnknown()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical)));

        var next = await host.PollAsync(1, _ => Bodies.Credits(5_000));

        Assert.False(next.IsUnknown);
        Assert.Null(next.Undecided);
    }

    [Fact]
    public async Task Snapshot_ThresholdAddedToTheOptionsAfterStart_NotJudgedForUnknownEither()
    {
        BalanceMonitorOptions? options = null;
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => options = m);
        options!.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical));

        var next = await host.PollAsync(1, _ => Bodies.WithoutCredits);

        Assert.False(next.IsUnknown);
        Assert.Null(next.Undecided);
    }

    [Fact]
    public async Task Snapshot_PollFailsAfterAnUnknownRead_StaysUnknownWithTheBalanceKept()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical)));
        host.Gateway.Fail(500, """{"error": {"code": 500, "message": "upstream failed", "type": "server_error"}}""");

        var failed = await host.NextPollAsync();

        Assert.Equal(1, failed.ConsecutiveFailures);
        Assert.True(failed.IsUnknown);
    }

    [Fact]
    public async Task Snapshot_FailuresRaiseTheLevelToTheUndecidedThresholds_NoLongerUnknown()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.WithoutCredits), m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Warning)));
        host.Gateway.Fail(500, """{"error": {"code": 500, "message": "upstream failed", "type": "server_error"}}""");

        // Three failed polls raise the level to Warning: the undecided Warning threshold can no longer make it worse.
        await host.NextPollAsync();
        await host.NextPollAsync();
        var third = await host.NextPollAsync();

        Assert.True(host.First.IsUnknown);
        Assert.Equal(AlertLevel.Warning, third.Level);
        Assert.False(third.IsUnknown);
        Assert.Null(third.Undecided);
    }

    [Fact]
    public async Task RefreshAsync_BetweenPolls_PublishesNowAndMovesTheNextPoll()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        var start = host.Time.GetUtcNow();
        host.Time.Advance(TimeSpan.FromSeconds(30));
        host.Gateway.Serve(Bodies.Credits(4_000));

        var refreshed = await host.Monitor.RefreshAsync();

        Assert.Same(refreshed, await host.NextSnapshotAsync());
        Assert.Equal(Quota.Limited(4_000m), refreshed.RemainingCredits);
        Assert.Equal(start + TimeSpan.FromSeconds(30) + MonitorHost.Interval, refreshed.NextPollAt);

        // The poll the schedule had planned one interval after the first does not happen; one interval after the refresh, it does.
        host.Time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(200);
        Assert.Equal(2, host.Gateway.CountRequests(Gateway.TokenPath));
        var next = await host.NextPollAsync();
        Assert.Equal(start + TimeSpan.FromSeconds(90), next.FetchedAt);
    }

    [Fact]
    public async Task RefreshAsync_CanceledWhileItsAlertIsHandled_TheAlertIsStillToldToEveryone()
    {
        var slow = new GatedAlertHandler();
        await using var host = await MonitorHost.StartAsync(
            g => g.Serve(Bodies.Credits(5_000)),
            m => m.Thresholds.Add(BalanceThreshold.Credits(2_000, AlertLevel.Warning)),
            services => services.AddSingleton<IBalanceAlertHandler>(slow));
        var raised = new TaskCompletionSource<BalanceAlert>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Monitor.AlertRaised += (_, e) => raised.TrySetResult(e.Alert);
        host.Gateway.Serve(Bodies.Credits(1_000));
        using var caller = new CancellationTokenSource();

        var refresh = host.Monitor.RefreshAsync(cancellationToken: caller.Token);
        await slow.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        await caller.CancelAsync();
        slow.Release();

        var snapshot = await refresh.WaitAsync(TimeSpan.FromSeconds(10));
        var alert = await raised.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((AlertLevel.Warning, Quota.Limited(1_000m)), (alert.Level, snapshot.RemainingCredits));
        Assert.False(slow.TokenCanceled);
        Assert.Single(host.Alerts.Received);
    }

    [Fact]
    public async Task RefreshAsync_UnknownClient_SaysWhichAndHow()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Monitor.RefreshAsync("nope"));

        Assert.StartsWith("No balance monitor for client 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TokenScope_ReadsOnlyTheKeysBalance()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.Scope = BalanceScope.Token);
        var first = host.First;

        Assert.NotNull(first.Token);
        Assert.Null(first.User);
        Assert.Equal(BalanceScope.Token, first.LimitedBy);
        Assert.Equal(0, host.Gateway.CountRequests(Gateway.UserPath));
    }

    [Fact]
    public async Task Start_UserScope_ReadsOnlyTheAccountsBalance()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.Scope = BalanceScope.User);
        var first = host.First;

        Assert.Null(first.Token);
        Assert.NotNull(first.User);
        Assert.Equal(0, host.Gateway.CountRequests(Gateway.TokenPath));
    }

    [Fact]
    public async Task Poll_NoJitter_NextPollOneIntervalLater()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        var first = host.First;

        var second = await host.NextPollAsync();

        Assert.Equal(first.CheckedAt + MonitorHost.Interval, first.NextPollAt);
        Assert.Equal(first.NextPollAt, second.CheckedAt);
        Assert.Equal(2, host.Gateway.CountRequests(Gateway.TokenPath));
    }

    [Fact]
    public async Task Poll_NewFigures_CurrentFollows()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        var second = await host.PollAsync(1, _ => Bodies.Credits(4_000));

        Assert.Equal(Quota.Limited(4_000m), second.RemainingCredits);
        Assert.Same(second, host.Monitor.GetSnapshot(string.Empty));
    }

    [Fact]
    public async Task Start_NamedClient_SnapshotUnderItsName()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), clientName: "team-a");
        var first = host.First;

        Assert.Equal("team-a", first.ClientName);
        Assert.Same(first, host.Monitor.GetSnapshot("team-a"));
        Assert.Same(first, host.Monitor.Current);
        Assert.Equal(["team-a"], host.Monitor.ClientNames);
    }

    [Fact]
    public async Task GetSnapshot_UnknownClient_SaysHowToMonitorIt()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));

        var error = Assert.Throws<ArgumentException>(() => host.Monitor.GetSnapshot("team-b"));

        Assert.StartsWith("No balance monitor for client 'team-b': call AddBalanceMonitoring on that client's AddToApisBalanceClient builder.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchAsync_YieldsTheLatestThenEachNewSnapshot()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        var first = host.First;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var stream = host.Monitor.WatchAsync(stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await stream.MoveNextAsync());
        var latest = stream.Current;
        var next = await host.PollAsync(1, _ => Bodies.Credits(4_500));
        Assert.True(await stream.MoveNextAsync());

        Assert.Same(first, latest);
        Assert.Same(next, stream.Current);
    }

    [Fact]
    public async Task WatchAsync_HostStops_StreamEnds()
    {
        var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var stream = host.Monitor.WatchAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await stream.MoveNextAsync());

        await host.DisposeAsync();

        Assert.False(await stream.MoveNextAsync());
    }

    [Fact]
    public async Task SnapshotChanged_SubscriberThrows_MonitorKeepsPolling()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        host.Monitor.SnapshotChanged += (_, _) => throw new InvalidOperationException("subscriber bug");

        await host.NextPollAsync();
        var third = await host.NextPollAsync();

        Assert.Equal(3, host.Gateway.CountRequests(Gateway.TokenPath));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 205 && r.Exception?.Message == "subscriber bug");
        Assert.Same(third, host.Monitor.Current);
    }
}
