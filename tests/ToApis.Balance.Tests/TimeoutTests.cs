using ToApis.Balance.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ToApis.Balance.Tests;

public abstract class TimeoutTests(ConstructionPath construction)
{
    private static readonly TimeSpan SlowServer = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task GetTokenBalanceAsync_FirstAttemptTooSlow_SucceedsWithRetry()
    {
        // The first attempt never answers; the second answers at once. The attempt timeout and the backoff run on
        // a fake clock, and the server is in process: no wall-clock speed decides the outcome.
        using var handler = new FirstRequestNeverAnswered();
        var time = new RecordingTimeProvider();
        using var client = TestClient.Create(construction, OneSecondAttempts(TimeSpan.FromSeconds(30)), time, handler);

        var call = await FirstAttemptTimedOutAsync(client, time);

        // The backoff (1 ms base, with jitter) is on the fake clock too: move it until the retry is sent.
        await Poll.UntilAsync(
            () =>
            {
                time.Advance(TimeSpan.FromMilliseconds(1));
                return handler.Requests == 2;
            },
            "the retry");
        var balance = await call.WaitAsync(Poll.DefaultLimit);

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EveryAttemptTooSlow_ThrowsTimeoutException()
    {
        using var server = new TestServer(construction);
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
        using var server = new TestServer(construction);
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
    public async Task GetTokenBalanceAsync_AttemptTimeoutUsesUpTheTotal_ThrowsTimeoutExceptionWithoutRetrying()
    {
        // The second request would succeed: a retry after the whole budget is gone would hide the timeout.
        using var handler = new FirstRequestNeverAnswered();
        var time = new RecordingTimeProvider();
        using var client = TestClient.Create(construction, OneSecondAttempts(TimeSpan.FromSeconds(1)), time, handler);

        var call = await FirstAttemptTimedOutAsync(client, time);

        var exception = await Assert.ThrowsAsync<ToApisTimeoutException>(() => call.WaitAsync(Poll.DefaultLimit));
        Assert.Contains("did not answer within 1 s", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RetryAfterLongerThanTheBudgetLeft_FailsAtOnceWithTheStatusType()
    {
        using var server = new TestServer(construction);
        server.Server.Given(Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "2"));
        var time = new RecordingTimeProvider();
        var options = server.Options(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetryAfter = TimeSpan.FromSeconds(2.5);
            o.TotalTimeout = TimeSpan.FromSeconds(3);
        });
        using var client = TestClient.Create(construction, options, time);

        var call = client.GetTokenBalanceAsync();
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 1, "the first request");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        time.AdvanceInSteps(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100));

        // 2 s of the 3 s budget are gone: a second 2 s wait cannot fit, so the 503 is reported at once.
        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => call.WaitAsync(Poll.DefaultLimit));
        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), exception.RetryAfter);
        Assert.Equal(2, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TotalTimeoutRunsOutAfterTheServerAnswered_ReportsWhatItAnswered()
    {
        // Every attempt is answered at once, in process: only a backoff on the fake clock can use up the 3 s.
        using var handler = new AlwaysOverloaded();
        var time = new RecordingTimeProvider();
        var options = OneSecondAttempts(TimeSpan.FromSeconds(3));
        options.RetryBaseDelay = TimeSpan.FromSeconds(2);
        options.MaxRetryAttempts = 10;
        using var client = TestClient.Create(construction, options, time, handler);

        var call = client.GetTokenBalanceAsync();
        for (var step = 0; step < 40 && !call.IsCompleted; step++)
        {
            // A little real time between steps lets each instant answer arrive before the clock moves on.
            await Task.Delay(20);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => call.WaitAsync(Poll.DefaultLimit));
        Assert.Equal(503, exception.StatusCode);
        Assert.Contains("upstream overloaded", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Options for <see cref="FirstRequestNeverAnswered"/>: 1 s attempts, a 1 ms backoff base, the given total.</summary>
    private static ToApisBalanceClientOptions OneSecondAttempts(TimeSpan totalTimeout) => new()
    {
        ApiKey = TestServer.ApiKey,
        BaseAddress = new Uri("https://toapis.com"),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = totalTimeout,
    };

    /// <summary>Starts a call and runs its first attempt's timeout out on the fake clock.</summary>
    private static async Task<Task<TokenBalance>> FirstAttemptTimedOutAsync(TestClient client, RecordingTimeProvider time)
    {
        var call = client.GetTokenBalanceAsync();
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        return call;
    }

    /// <summary>Leaves the first request unanswered until it is canceled, and answers the next ones with the documented body.</summary>
    private sealed class FirstRequestNeverAnswered : HttpMessageHandler
    {
        private int requests;

        public int Requests => Volatile.Read(ref requests);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return RecordingHandler.Json(System.Net.HttpStatusCode.OK, Bodies.Full);
        }
    }

    /// <summary>Answers every request at once with a 503 and the server's message.</summary>
    private sealed class AlwaysOverloaded : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(RecordingHandler.Json(System.Net.HttpStatusCode.ServiceUnavailable, """{"error": {"message": "upstream overloaded", "type": "server_error"}}"""));
    }

    private static void RespondSlowly(TestServer server) =>
        server.Server.Given(Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithDelay(SlowServer).WithStatusCode(200).WithBody(Bodies.Full));
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class TimeoutTestsWithConstructor() : TimeoutTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class TimeoutTestsWithDependencyInjection() : TimeoutTests(ConstructionPath.DependencyInjection);
