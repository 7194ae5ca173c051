using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>Rate limits, server failures and the other statuses, each mapped to its ToApisException type.</summary>
public sealed class StatusErrorTests
{
    private const string InsufficientBalance = """{"error": {"code": 402, "message": "Insufficient balance", "type": "insufficient_quota"}}""";
    private const string NotFound = """{"error": {"code": 404, "message": "Not found", "type": "not_found_error"}}""";
    private const string ServerError = """{"error": {"code": 500, "message": "Internal error", "type": "server_error"}}""";
    private const string Unavailable = """{"error": {"code": 503, "message": "Service unavailable", "type": "server_error"}}""";

    public static TheoryData<string, string, string> TransientBusinessFailures => new()
    {
        { User, Bodies.UsedQuotaFailure, "Failed to get used quota" },
        { User, Bodies.UsedQuotaFailureChinese, "获取已使用额度失败" },
        { Token, Bodies.UsedQuotaFailure, "Failed to get used quota" },
    };

    public static TheoryData<int, string, string> ServerFailures => new()
    {
        { 500, ServerError, "Internal error" },
        { 503, Unavailable, "Service unavailable" },
    };

    [Fact]
    public async Task GetTokenBalanceAsync_Http429WithRetryAfter_ThrowsRateLimitWithRetryAfter()
    {
        using var server = new TestServer();
        server.RespondInSequence(Token, r => r.WithStatusCode(429).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "120").WithBody(Bodies.RateLimitError));
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("rate_limit_error", ex.ErrorType);
        Assert.Equal("Rate limit reached", ex.ServerMessage);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Equal("ToAPIs is rate limiting this key (HTTP 429, rate_limit_error): Rate limit reached. The server asked to retry after 120 s.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Http429WithoutRetryAfter_ThrowsRateLimitWithoutRetryAfter()
    {
        using var server = new TestServer();
        server.Respond(Token, 429, Bodies.RateLimitError);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.RetryAfter);
        Assert.Equal("ToAPIs is rate limiting this key (HTTP 429, rate_limit_error): Rate limit reached. Try again later.", ex.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(403)]
    [InlineData(400)]
    public async Task GetTokenBalanceAsync_InsufficientQuotaErrorWithAnotherStatus_ThrowsInsufficientBalanceWithoutRetry(int status)
    {
        using var server = new TestServer();
        server.Respond(Token, status, InsufficientBalance);
        using var client = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(1, server.CountRequests(Token));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Http402_ThrowsInsufficientBalanceWithoutRetry()
    {
        using var server = new TestServer();
        server.Respond(Token, 402, InsufficientBalance);
        using var client = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ToApisInsufficientBalanceException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(402, ex.StatusCode);
        Assert.Equal("insufficient_quota", ex.ErrorType);
        Assert.Equal("Insufficient balance", ex.ServerMessage);
        Assert.Equal("The ToAPIs balance is insufficient (HTTP 402, insufficient_quota): Insufficient balance. Recharge the account or raise the key's quota.", ex.Message);
        Assert.Equal(1, server.CountRequests(Token));
    }

    [Fact]
    public async Task GetUserBalanceAsync_Http404_ThrowsBaseExceptionNamingBaseAddress()
    {
        using var server = new TestServer();
        server.Respond(User, 404, NotFound);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetUserBalanceAsync());

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("not_found_error", ex.ErrorType);
        Assert.Equal(
            $"ToAPIs has no balance endpoint here (HTTP 404, not_found_error): Not found. Check ToApisBalanceClientOptions.BaseAddress ({server.Origin}).",
            ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_UnmappedPath_ThrowsBaseExceptionWith404()
    {
        using var server = new TestServer();
        server.Respond(User, 200, Bodies.Full);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(404, ex.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ServerFailures))]
    public async Task GetUserBalanceAsync_ServerErrorWithJson_ThrowsServer(int status, string body, string serverMessage)
    {
        using var server = new TestServer();
        server.Respond(User, status, body);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetUserBalanceAsync());

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("server_error", ex.ErrorType);
        Assert.Equal(serverMessage, ex.ServerMessage);
        Assert.Equal($"The ToAPIs server failed (HTTP {status}, server_error): {serverMessage}. Try again later.", ex.Message);
    }

    [Theory]
    [MemberData(nameof(TransientBusinessFailures))]
    public async Task GetBalance_UsedQuotaFailureWithHttp200_ThrowsServer(string path, string body, string serverMessage)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(serverMessage, ex.ServerMessage);
        Assert.Equal($"The ToAPIs server failed (HTTP 200): {serverMessage}. It is usually transient; try again later.", ex.Message);
    }
}
