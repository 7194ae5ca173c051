using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary>A failing poll never crashes the monitor nor loses the last good balance; repeated failures, a refused key and 429s each have their rule.</summary>
public sealed class BalanceMonitorFailureTests
{
    private const string ServerError = """{"error": {"code": 500, "message": "upstream failed", "type": "server_error"}}""";

    [Fact]
    public async Task Poll_Fails_KeepsTheLastGoodBalanceAndSaysHowOld()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        var first = host.First;
        host.Gateway.Fail(500, ServerError);

        var failed = await host.NextPollAsync();

        Assert.Same(first.User, failed.User);
        Assert.Equal(Quota.Limited(5_000m), failed.RemainingCredits);
        Assert.Equal(first.FetchedAt, failed.FetchedAt);
        Assert.Equal(MonitorHost.Interval, failed.Age);
        Assert.Equal(1, failed.ConsecutiveFailures);
        Assert.IsType<ToApisServerException>(failed.LastFailure);
        Assert.False(failed.IsStale);
        Assert.Equal(AlertLevel.Ok, failed.Level);
        Assert.Empty(host.Alerts.Received);
    }

    [Fact]
    public async Task Start_FirstPollFails_SnapshotWithoutBalanceIsStale()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(500, ServerError));
        var first = host.First;

        Assert.Null(first.FetchedAt);
        Assert.Null(first.Age);
        Assert.True(first.IsStale);
        Assert.Equal(1, first.ConsecutiveFailures);
    }

    [Fact]
    public async Task Poll_FailsLongerThanStaleAfter_Stale()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.StaleAfter = TimeSpan.FromMinutes(2));
        host.Gateway.Fail(500, ServerError);

        var withinLimit = await host.NextPollAsync();
        await host.NextPollAsync();
        var past = await host.NextPollAsync();

        Assert.False(withinLimit.IsStale);
        Assert.True(past.IsStale);
        Assert.Equal(TimeSpan.FromMinutes(3), past.Age);
    }

    [Fact]
    public async Task Poll_ConsecutiveFailuresReachTheLimit_AlertsOnceThenRecovers()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.ConsecutiveFailuresBeforeAlert = 3);
        host.Gateway.Fail(500, ServerError);

        await host.NextPollAsync();
        await host.NextPollAsync();
        Assert.Empty(host.Alerts.Received);
        var third = await host.NextPollAsync();
        await host.NextPollAsync();
        var recovered = await host.PollAsync(1, _ => Bodies.Credits(4_900));

        Assert.Collection(
            host.Alerts.Received,
            failing =>
            {
                Assert.Equal((BalanceAlertKind.PollFailures, AlertLevel.Warning, false), (failing.Kind, failing.Level, failing.IsRecovery));
                Assert.StartsWith("ToAPIs balance: 3 polls in a row failed; the latest: ", failing.Message, StringComparison.Ordinal);
                Assert.EndsWith("The last balance read is from 2026-01-01 00:00:00Z (3 min old).", failing.Message, StringComparison.Ordinal);
            },
            recovery => Assert.Equal((BalanceAlertKind.PollFailures, AlertLevel.Ok, true), (recovery.Kind, recovery.Level, recovery.IsRecovery)));
        Assert.Equal(AlertLevel.Warning, third.Level);
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.Null(recovered.LastFailure);
    }

    [Fact]
    public async Task Poll_KeyRefused_CriticalAtOnceAndBacksOff()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)));
        host.Gateway.Fail(401, Bodies.AuthenticationError);

        var refused = await host.NextPollAsync();
        var again = await host.NextPollAsync();

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal((BalanceAlertKind.Authentication, AlertLevel.Critical), (alert.Kind, alert.Level));
        Assert.Contains("the server refused the API key (revoked, deleted or wrong)", alert.Message, StringComparison.Ordinal);
        Assert.Equal(AlertLevel.Critical, refused.Level);
        Assert.Equal(refused.CheckedAt + (2 * MonitorHost.Interval), refused.NextPollAt);
        Assert.Equal(again.CheckedAt + (4 * MonitorHost.Interval), again.NextPollAt);
    }

    [Fact]
    public async Task Poll_KeyAcceptedAgain_RecoveryAndNormalInterval()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(401, Bodies.AuthenticationError));

        var accepted = await host.PollAsync(1, _ => Bodies.Credits(5_000));

        Assert.Equal([false, true], host.Alerts.Received.Select(a => a.IsRecovery));
        Assert.Equal(AlertLevel.Ok, accepted.Level);
        Assert.Equal(accepted.CheckedAt + MonitorHost.Interval, accepted.NextPollAt);
    }

    [Fact]
    public async Task Poll_KeyRefusedRepeatedly_NoFailureAlertOnTopOfTheCritical()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(401, Bodies.AuthenticationError), m => m.ConsecutiveFailuresBeforeAlert = 2);

        await host.NextPollAsync();
        await host.NextPollAsync();

        Assert.Equal([BalanceAlertKind.Authentication], host.Alerts.Received.Select(a => a.Kind));
    }

    [Fact]
    public async Task Poll_RateLimitedWithRetryAfter_WaitsAsTheServerAsks()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(429, Bodies.RateLimitError, retryAfter: "600"));
        var limited = host.First;

        Assert.IsType<ToApisRateLimitException>(limited.LastFailure);
        Assert.Equal(limited.CheckedAt + TimeSpan.FromSeconds(600), limited.NextPollAt);
    }

    [Fact]
    public async Task Poll_RateLimitedWithoutRetryAfter_BacksOff()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(429, Bodies.RateLimitError));
        var limited = host.First;
        var again = await host.NextPollAsync();

        Assert.Equal(limited.CheckedAt + (2 * MonitorHost.Interval), limited.NextPollAt);
        Assert.Equal(again.CheckedAt + (4 * MonitorHost.Interval), again.NextPollAt);
    }

    [Fact]
    public async Task Poll_KeyEchoedByTheServer_NeverInAlertsNorLogs()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(401, $$$"""{"error": {"code": 401, "message": "Invalid token {{{Gateway.ApiKey}}}", "type": "authentication_error"}}"""));

        var alert = Assert.Single(host.Alerts.Received);
        Assert.DoesNotContain(Gateway.ApiKey, alert.Message, StringComparison.Ordinal);
        Assert.All(host.Logs.GetSnapshot(), r => Assert.DoesNotContain(Gateway.ApiKey, r.Message + r.Exception, StringComparison.Ordinal));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 201);
    }

    [Fact]
    public async Task Poll_UnexpectedException_LoggedAtErrorAndPollingGoesOn()
    {
        await using var host = await MonitorHost.StartAsync(_ => { }, services: s => s.AddSingleton<IToApisBalanceClient>(new BrokenClient()));

        var second = await host.NextPollAsync();

        Assert.IsType<InvalidOperationException>(host.First.LastFailure);
        Assert.Equal(2, second.ConsecutiveFailures);
        Assert.Equal(2, host.Logs.GetSnapshot().Count(r => r.Id.Id == 204 && r.Level == Microsoft.Extensions.Logging.LogLevel.Error));
    }

    [Fact]
    public async Task Poll_BalanceExactlyStaleAfterOld_NotYetStale()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.StaleAfter = TimeSpan.FromMinutes(2));
        host.Gateway.Fail(500, ServerError);

        await host.NextPollAsync();
        var atTheLimit = await host.NextPollAsync();

        Assert.Equal(TimeSpan.FromMinutes(2), atTheLimit.Age);
        Assert.False(atTheLimit.IsStale);
    }

    [Fact]
    public async Task Poll_ServerErrorWhileTheKeyIsRefused_TheKeysAlertStaysOpen()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Fail(401, Bodies.AuthenticationError));

        host.Gateway.Fail(500, ServerError);
        var failed = await host.NextPollAsync();

        var alert = Assert.Single(host.Alerts.Received);
        Assert.Equal((BalanceAlertKind.Authentication, false), (alert.Kind, alert.IsRecovery));
        Assert.Equal(AlertLevel.Critical, failed.Level);
    }

    [Fact]
    public async Task Poll_KeyRefusedAfterRepeatedFailures_TheFailureAlertStaysOpen()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Bodies.Credits(5_000)), m => m.ConsecutiveFailuresBeforeAlert = 2);
        host.Gateway.Fail(500, ServerError);
        await host.NextPollAsync();
        await host.NextPollAsync();

        host.Gateway.Fail(401, Bodies.AuthenticationError);
        var refused = await host.NextPollAsync();

        Assert.Equal(
            [(BalanceAlertKind.PollFailures, false), (BalanceAlertKind.Authentication, false)],
            host.Alerts.Received.Select(a => (a.Kind, a.IsRecovery)));
        Assert.Equal(AlertLevel.Critical, refused.Level);
    }

    [Fact]
    public async Task Poll_ClientCancelsItsOwnCall_CountsAsAFailedPoll()
    {
        // An OperationCanceledException nobody asked for (a client's own timeout, say) is the call's failure, not a stop.
        await using var host = await MonitorHost.StartAsync(_ => { }, services: s => s.AddSingleton<IToApisBalanceClient>(new BrokenClient(new TaskCanceledException("timed out"))));

        Assert.IsType<TaskCanceledException>(host.First.LastFailure);
        Assert.Equal(1, host.First.ConsecutiveFailures);
    }

    [Fact]
    public async Task RefreshAsync_CanceledByTheCallerDuringTheRead_ThrowsAndPublishesNoFailedPoll()
    {
        var client = new BrokenClient();
        await using var host = await MonitorHost.StartAsync(_ => { }, services: s => s.AddSingleton<IToApisBalanceClient>(client));
        client.Failure = null;
        using var caller = new CancellationTokenSource();

        var refresh = host.Monitor.RefreshAsync(cancellationToken: caller.Token);
        await client.Reading.WaitAsync(TimeSpan.FromSeconds(10));
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => refresh.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Same(host.First, host.Monitor.Current);
        Assert.Equal(1, host.Monitor.Current!.ConsecutiveFailures);
    }

    /// <summary>
    /// A client that fails the way no ToAPIs call does (a bug below the monitor, or a cancellation of its own), or, once
    /// <see cref="Failure"/> is null, whose reads wait until their caller cancels them.
    /// </summary>
    private sealed class BrokenClient(Exception? failure = null) : IToApisBalanceClient
    {
        private readonly TaskCompletionSource reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Failure { get; set; } = failure ?? new InvalidOperationException("bug");

        /// <summary>Gets a task that completes when a read waits for its caller.</summary>
        public Task Reading => reading.Task;

        public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default) => ReadAsync<TokenBalance>(cancellationToken);

        public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default) => ReadAsync<UserBalance>(cancellationToken);

        private async Task<T> ReadAsync<T>(CancellationToken cancellationToken)
        {
            if (Failure is { } failure)
            {
                throw failure;
            }

            reading.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: an infinite delay ends only when canceled");
        }
    }
}
