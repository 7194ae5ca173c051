using System.Globalization;
using ToApis.Balance.Tests.TestSupport;
using WireMock.ResponseBuilders;

namespace ToApis.Balance.Tests;

public abstract class RetryTests(ConstructionPath construction)
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Theory]
    [InlineData(408)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(520)]
    [InlineData(524)]
    public async Task GetTokenBalanceAsync_TransientStatusTwiceThenOk_SucceedsAfterThreeRequests(int status)
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(TestServer.TokenPath, Status(status), Status(status), Ok);
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(3, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Unauthorized_SentOnce()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 401, Bodies.AuthenticationError);
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyNotFoundWithOk_SentOnce()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Bodies.TokenNotFound);
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task GetTokenBalanceAsync_NonTransientClientError_SentOnce(int status)
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, status, """{"error": {"message": "no", "type": "some_error"}}""");
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAnyAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Theory]
    [InlineData(501)]
    [InlineData(505)]
    [InlineData(511)]
    [InlineData(599)]
    public async Task GetTokenBalanceAsync_NonTransientServerStatus_SentOnceAsPlainFailure(int status)
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, status, "");
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(status, exception.StatusCode);
        Assert.DoesNotContain("Try again later", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetUserBalanceAsync_UsedQuotaFailureTwiceThenOk_SucceedsAfterThreeRequests()
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(TestServer.UserPath, Json(200, Bodies.UsedQuotaFailure), Json(200, Bodies.UsedQuotaFailure), Ok);
        using var client = server.CreateClient();

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(3, server.CountRequests(TestServer.UserPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ServiceUnavailableEveryTime_ThrowsServerExceptionAfterAllAttempts()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 503, "");
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 3);

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(4, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetUserBalanceAsync_UsedQuotaFailureEveryTime_ThrowsServerExceptionAfterAllAttempts()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.UserPath, 200, Bodies.UsedQuotaFailure);
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetUserBalanceAsync());

        Assert.Equal("Failed to get used quota", exception.ServerMessage);
        Assert.Equal(3, server.CountRequests(TestServer.UserPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_MaxRetryAttemptsZero_SendsExactlyOneRequest()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 503, "");
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TooManyRequestsWithRetryAfterSeconds_WaitsThatLongBeforeRetrying()
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(TestServer.TokenPath, r => Json(429, Bodies.RateLimitError)(r.WithHeader("Retry-After", "1")), Ok);
        var time = new RecordingTimeProvider();
        using var client = TestClient.Create(construction, server.Options(), time);

        var call = client.GetTokenBalanceAsync();

        await AssertRetryWaitsAsync(server, time, call, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TooManyRequestsWithRetryAfterDate_WaitsUntilThatDate()
    {
        using var server = new TestServer(construction);
        var time = new RecordingTimeProvider();
        var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(3);
        server.RespondInSequence(
            TestServer.TokenPath,
            r => Json(429, Bodies.RateLimitError)(r.WithHeader("Retry-After", retryAt.ToString("R", CultureInfo.InvariantCulture))),
            Ok);
        using var client = TestClient.Create(construction, server.Options(), time);

        var call = client.GetTokenBalanceAsync();

        await AssertRetryWaitsAsync(server, time, call, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RateLimitSentWithHttp200AndRetryAfter_WaitsThatLongBeforeRetrying()
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(TestServer.TokenPath, r => Json(200, Bodies.RateLimitError)(r.WithHeader("Retry-After", "2")), Ok);
        var time = new RecordingTimeProvider();
        using var client = TestClient.Create(construction, server.Options(), time);

        var call = client.GetTokenBalanceAsync();

        await AssertRetryWaitsAsync(server, time, call, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RateLimitSentWithHttp200AndRetryAfterOverTheBudget_ThrowsRateLimitAtOnce()
    {
        using var server = new TestServer(construction);
        server.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Retry-After", "8").WithBody(Bodies.RateLimitError));
        using var client = server.CreateClient(o =>
        {
            o.MaxRetryAfter = TimeSpan.FromSeconds(10);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(6);
        });

        var exception = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(8), exception.RetryAfter);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RetryAfterOverMaxRetryAfter_ThrowsRateLimitWithoutRetrying()
    {
        using var server = new TestServer(construction);
        server.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "60").WithBody(Bodies.RateLimitError));
        using var client = server.CreateClient(o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));

        var exception = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(TimeSpan.FromSeconds(60), exception.RetryAfter);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Theory]
    [InlineData("""{"success": false, "message": "failed to get used quota"}""")]
    [InlineData("""{"success": false, "message": "\u83b7\u53d6\u5df2\u4f7f\u7528\u989d\u5ea6\u5931\u8d25"}""")]
    [InlineData("""{"success": "False", "message": "Failed to get used quota: sql: database is closed"}""")]
    public async Task GetUserBalanceAsync_UsedQuotaFailureInAnotherSpelling_RetriedLikeTheDocumentedOne(string failure)
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(TestServer.UserPath, Json(200, failure), Json(200, failure), Ok);
        using var client = server.CreateClient();

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(3, server.CountRequests(TestServer.UserPath));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetTokenBalanceAsync_ServerFailureWithRetryAfterOverMax_ThrowsServerWithRetryAfterWithoutRetrying(int status)
    {
        using var server = new TestServer(construction);
        server.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Retry-After", "60"));
        using var client = server.CreateClient(o => o.MaxRetryAfter = TimeSpan.FromSeconds(1));

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(TimeSpan.FromSeconds(60), exception.RetryAfter);
        Assert.Contains("The server asked to retry after 60 s.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RetryAfterAsLongAsTotalTimeout_ThrowsWithRetryAfterWithoutRetrying()
    {
        using var server = new TestServer(construction);
        server.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath(TestServer.TokenPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "5"));
        using var client = server.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
        });

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(TimeSpan.FromSeconds(5), exception.RetryAfter);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    /// <summary>
    /// The client is waiting on a timer of exactly <paramref name="wait"/>: no second request while the fake
    /// clock is short of it, one as soon as it is reached, and the call then succeeds.
    /// </summary>
    private static async Task AssertRetryWaitsAsync(TestServer server, RecordingTimeProvider time, Task<TokenBalance> call, TimeSpan wait)
    {
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 1, "the first request");
        var retryTimer = await time.WaitForTimerAsync(wait);

        time.AdvanceInSteps(wait - Step, Step);
        Assert.False(retryTimer.Fired);
        Assert.False(await Poll.TryUntilAsync(() => server.CountRequests(TestServer.TokenPath) > 1, TimeSpan.FromMilliseconds(200)));
        Assert.False(call.IsCompleted);

        time.Advance(Step);
        Assert.True(retryTimer.Fired);
        await Poll.UntilAsync(() => server.CountRequests(TestServer.TokenPath) == 2, "the retry");
        var balance = await call.WaitAsync(Poll.DefaultLimit);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    private static Action<IResponseBuilder> Status(int status) => r => r.WithStatusCode(status);

    private static Action<IResponseBuilder> Json(int status, string body) =>
        r => r.WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private static void Ok(IResponseBuilder response) => Json(200, Bodies.Full)(response);
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class RetryTestsWithConstructor() : RetryTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class RetryTestsWithDependencyInjection() : RetryTests(ConstructionPath.DependencyInjection);
