using ToApis.Balance.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ToApis.Balance.Tests;

public abstract class CancellationTests(ConstructionPath construction)
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task GetTokenBalanceAsync_CanceledDuringRetryAfterWait_ThrowsOperationCanceledWithoutRetrying()
    {
        using var server = new TestServer(construction);
        server.Server.Given(Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "5"));
        var time = new RecordingTimeProvider();
        using var client = TestClient.Create(construction, server.Options(), time);
        using var cts = new CancellationTokenSource();

        var call = client.GetTokenBalanceAsync(cts.Token);
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 1, "the first request");
        var retryTimer = await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Promptly));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(retryTimer.Fired);
        Assert.False(await Poll.TryUntilAsync(() => server.CountRequests(TestServer.TokenPath) > 1, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task GetUserBalanceAsync_CanceledDuringBackoff_ThrowsOperationCanceledWithoutRetrying()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.UserPath, 500, "");
        var time = new RecordingTimeProvider();
        var options = server.Options(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromSeconds(10);
            o.AttemptTimeout = TimeSpan.FromHours(1);
            o.TotalTimeout = TimeSpan.FromHours(2);
        });
        using var client = TestClient.Create(construction, options, time);
        using var cts = new CancellationTokenSource();

        var call = client.GetUserBalanceAsync(cts.Token);
        await Poll.UntilAsync(() => server.CountRequests(TestServer.UserPath) == 1, "the first request");
        var backoff = await time.WaitForTimerAsync(
            t => t.DueTime > TimeSpan.Zero && t.DueTime < options.AttemptTimeout,
            "the backoff timer");
        await cts.CancelAsync();

        var exception = await Record.ExceptionAsync(() => call.WaitAsync(Promptly));
        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(backoff.Fired);
        Assert.False(await Poll.TryUntilAsync(() => server.CountRequests(TestServer.UserPath) > 1, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_AlreadyCanceled_ThrowsOperationCanceledWithoutRequest()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var client = server.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetTokenBalanceAsync(new CancellationToken(canceled: true)));

        Assert.False(await Poll.TryUntilAsync(() => server.Server.LogEntries.Any(), TimeSpan.FromMilliseconds(200)));
    }
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class CancellationTestsWithConstructor() : CancellationTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class CancellationTestsWithDependencyInjection() : CancellationTests(ConstructionPath.DependencyInjection);
