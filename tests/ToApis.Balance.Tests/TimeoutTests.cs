using ToApis.Balance.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ToApis.Balance.Tests;

public sealed class TimeoutTests
{
    private static readonly TimeSpan SlowServer = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task GetTokenBalanceAsync_FirstAttemptTooSlow_SucceedsWithRetry()
    {
        using var server = new TestServer();

        // The slow answer is a different balance, so the result shows which answer was used.
        server.RespondInSequence(
            TestServer.TokenPath,
            r => r.WithDelay(SlowServer).WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.WithoutCredits),
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.Full));
        // Generous for the fast answer, so a busy machine (the suite runs in parallel) cannot time it out too.
        using var client = server.CreateClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(1));

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EveryAttemptTooSlow_ThrowsTimeoutException()
    {
        using var server = new TestServer();
        RespondSlowly(server);
        using var client = server.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 1;
        });

        var exception = await Assert.ThrowsAsync<ToApisTimeoutException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("did not answer within 0.2 s", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TotalTimeoutShorterThanRetries_ThrowsTimeoutExceptionAtTotalTimeout()
    {
        using var server = new TestServer();
        RespondSlowly(server);
        using var client = server.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.TotalTimeout = TimeSpan.FromMilliseconds(500);
            o.MaxRetryAfter = TimeSpan.FromMilliseconds(100);
            o.MaxRetryAttempts = 10;
        });

        var exception = await Assert.ThrowsAsync<ToApisTimeoutException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("did not answer within 0.5 s", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TotalTimeoutDuringRetryAfterWait_ThrowsTimeoutException()
    {
        using var server = new TestServer();
        server.Server.Given(Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "2"));
        var time = new RecordingTimeProvider();
        var options = server.Options(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetryAfter = TimeSpan.FromSeconds(2.5);
            o.TotalTimeout = TimeSpan.FromSeconds(3);
        });
        using var client = new ToApisBalanceClient(options, handler: null, time);

        var call = client.GetTokenBalanceAsync();
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 1, "the first request");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        time.AdvanceInSteps(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100));
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 2, "the retry after 2 s");
        await time.WaitForTimerAsync(t => t.DueTime == TimeSpan.FromSeconds(2) && !t.Fired, "the second Retry-After wait");
        time.AdvanceInSteps(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));

        var exception = await Assert.ThrowsAsync<ToApisTimeoutException>(() => call.WaitAsync(Poll.DefaultLimit));
        Assert.Contains("did not answer within 3 s", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.CountRequests(TestServer.TokenPath));
    }

    private static void RespondSlowly(TestServer server) =>
        server.Server.Given(Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithDelay(SlowServer).WithStatusCode(200).WithBody(Bodies.Full));
}
