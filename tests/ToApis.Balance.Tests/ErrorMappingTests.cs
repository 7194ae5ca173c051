using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>Each failure shape of the contract, through real HTTP, mapped to one <see cref="ToApisException"/> type.</summary>
public sealed class ErrorMappingTests
{
    private const string Token = TestServer.TokenPath;
    private const string User = TestServer.UserPath;
    private const string KeyHint = "Check the key in ToApisBalanceClientOptions.ApiKey or the TOAPIS_API_KEY environment variable.";

    private const string NoAuthorizationHeaderChinese = """{"success": false, "message": "无Authorization头"}""";
    private const string TokenNotFoundChinese = """{"success": false, "message": "获取令牌信息失败: record not found"}""";
    private const string UserNotFoundChinese = """{"success": false, "message": "获取用户额度失败"}""";
    private const string InvalidTokenChinese = """{"success": false, "message": "无效的令牌"}""";
    private const string BannedUser = """{"error": {"code": 403, "message": "User is banned", "type": "forbidden"}}""";
    private const string InsufficientBalance = """{"error": {"code": 402, "message": "Insufficient balance", "type": "insufficient_quota"}}""";
    private const string NotFound = """{"error": {"code": 404, "message": "Not found", "type": "not_found_error"}}""";
    private const string ServerError = """{"error": {"code": 500, "message": "Internal error", "type": "server_error"}}""";
    private const string Unavailable = """{"error": {"code": 503, "message": "Service unavailable", "type": "server_error"}}""";

    public static TheoryData<string, string, string> BusinessFailuresOnSuccessStatus => new()
    {
        { Token, Bodies.NoAuthorizationHeader, "No Authorization header" },
        { Token, NoAuthorizationHeaderChinese, "无Authorization头" },
        { Token, Bodies.TokenNotFound, "Failed to get token info: record not found" },
        { Token, TokenNotFoundChinese, "获取令牌信息失败: record not found" },
        { User, Bodies.NoAuthorizationHeader, "No Authorization header" },
        { User, NoAuthorizationHeaderChinese, "无Authorization头" },
        { User, Bodies.UserNotFound, "Failed to get user quota" },
        { User, UserNotFoundChinese, "获取用户额度失败" },
    };

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

    /// <summary>Odd answers that must still surface as a ToApisException, never as a JSON, HTTP or Refit exception.</summary>
    public static TheoryData<int, string, string> OddAnswers => new()
    {
        { 200, """{"success": true, "remain_balance": 1""", "application/json" },
        { 200, """{"success": true, "remain_balance": {"amount": 1}}""", "application/json" },
        { 200, """{"success": true, "remain_balance": "abc"}""", "application/json" },
        { 200, """{"success": true, "remain_balance": 1e40}""", "application/json" },
        { 200, """{"success": true, "unlimited_quota": "yes"}""", "application/json" },
        { 200, """{"success": false, "message": 123}""", "application/json" },
        { 200, """{"error": "Unauthorized"}""", "application/json" },
        { 200, "OK", "text/plain" },
        { 200, "   \n  ", "application/json" },
        { 204, string.Empty, "application/json" },
        { 400, """{"error": {"message": "bad", "type": "invalid_request_error", "code": "x"}}""", "application/json" },
        { 401, """{"error": "Unauthorized"}""", "application/json" },
        { 418, "I'm a teapot", "text/plain" },
        { 500, string.Empty, "text/plain" },
        { 503, """{"success": false, "message": 7}""", "application/json" },
    };

    [Theory]
    [MemberData(nameof(BusinessFailuresOnSuccessStatus))]
    public async Task GetBalance_BusinessFailureWithHttp200_ThrowsAuthentication(string path, string body, string serverMessage)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(serverMessage, ex.ServerMessage);
        Assert.Null(ex.ErrorType);
        Assert.Equal($"ToAPIs refused the API key (HTTP 200): {serverMessage}. {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BusinessFailureWithoutMessage_ThrowsAuthenticationWithoutServerMessage()
    {
        using var server = new TestServer();
        server.Respond(Token, 200, """{"success": false}""");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.ServerMessage);
        Assert.Equal($"ToAPIs refused the API key (HTTP 200). {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NoAuthorizationHeaderWithHttp401_ThrowsAuthentication()
    {
        using var server = new TestServer();
        server.Respond(Token, 401, Bodies.NoAuthorizationHeader);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("No Authorization header", ex.ServerMessage);
        Assert.Equal($"ToAPIs refused the API key (HTTP 401): No Authorization header. {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetUserBalanceAsync_InvalidTokenChineseWithHttp401_ThrowsAuthentication()
    {
        using var server = new TestServer();
        server.Respond(User, 401, InvalidTokenChinese);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("无效的令牌", ex.ServerMessage);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData(User)]
    public async Task GetBalance_OpenAiStyle401_ThrowsAuthenticationWithErrorType(string path)
    {
        using var server = new TestServer();
        server.Respond(path, 401, Bodies.AuthenticationError);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => CallAsync(client, path));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("authentication_error", ex.ErrorType);
        Assert.Equal("身份验证失败，请检查您的API密钥", ex.ServerMessage);
        Assert.Null(ex.RequestId);
        Assert.Equal($"ToAPIs refused the API key (HTTP 401, authentication_error): 身份验证失败，请检查您的API密钥. {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetUserBalanceAsync_Http403_ThrowsAuthentication()
    {
        using var server = new TestServer();
        server.Respond(User, 403, BannedUser);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetUserBalanceAsync());

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("forbidden", ex.ErrorType);
        Assert.Equal("User is banned", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_UpstreamInvalidToken_ThrowsAuthenticationWithRequestIdApart()
    {
        using var server = new TestServer();
        server.Respond(Token, 401, Bodies.UpstreamInvalidToken);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("new_api_error", ex.ErrorType);
        Assert.Equal("Invalid token", ex.ServerMessage);
        Assert.Equal("2025112412000012345", ex.RequestId);
        Assert.Equal($"ToAPIs refused the API key (HTTP 401, new_api_error): Invalid token (request id: 2025112412000012345). {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Http429WithRetryAfter_ThrowsRateLimitWithRetryAfter()
    {
        using var server = new TestServer();
        server.RespondInSequence(Token, r => r.WithStatusCode(429).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "120").WithBody(Bodies.RateLimitError));
        using var client = server.CreateClient(NoRetries);

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
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisRateLimitException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.RetryAfter);
        Assert.Equal("ToAPIs is rate limiting this key (HTTP 429, rate_limit_error): Rate limit reached. Try again later.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Http402_ThrowsBaseExceptionWithStatus()
    {
        using var server = new TestServer();
        server.Respond(Token, 402, InsufficientBalance);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(402, ex.StatusCode);
        Assert.Equal("insufficient_quota", ex.ErrorType);
        Assert.Equal("Insufficient balance", ex.ServerMessage);
        Assert.Equal("The ToAPIs call failed (HTTP 402, insufficient_quota): Insufficient balance.", ex.Message);
    }

    [Fact]
    public async Task GetUserBalanceAsync_Http404_ThrowsBaseExceptionNamingBaseAddress()
    {
        using var server = new TestServer();
        server.Respond(User, 404, NotFound);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetUserBalanceAsync());

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("not_found_error", ex.ErrorType);
        Assert.Equal(
            $"ToAPIs has no balance endpoint here (HTTP 404, not_found_error): Not found. Check ToApisBalanceClientOptions.BaseAddress ({Origin(server)}).",
            ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_UnmappedPath_ThrowsBaseExceptionWith404()
    {
        using var server = new TestServer();
        server.Respond(User, 200, Bodies.Full);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(404, ex.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ServerFailures))]
    public async Task GetUserBalanceAsync_ServerErrorWithJson_ThrowsServer(int status, string body, string serverMessage)
    {
        using var server = new TestServer();
        server.Respond(User, status, body);
        using var client = server.CreateClient(NoRetries);

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
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(serverMessage, ex.ServerMessage);
        Assert.Equal($"The ToAPIs server failed (HTTP 200): {serverMessage}. It is usually transient; try again later.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Html502_ThrowsServerWithExcerpt()
    {
        using var server = new TestServer();
        server.Respond(Token, 502, Bodies.HtmlBadGateway, "text/html");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(502, ex.StatusCode);
        Assert.Null(ex.ServerMessage);
        Assert.Null(ex.ErrorType);
        Assert.Equal($"The ToAPIs server failed (HTTP 502): \"{Bodies.HtmlBadGateway}\". Try again later.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_LongHtml502_MessageQuotesOnlyAShortExcerpt()
    {
        var page = "<html><body><h1>502 Bad Gateway</h1>" + string.Concat(Enumerable.Repeat("<p>padding padding padding</p>", 200)) + "</body></html>";
        using var server = new TestServer();
        server.Respond(Token, 502, page, "text/html");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("502 Bad Gateway", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400, $"Message is {ex.Message.Length} characters long.");
    }

    [Fact]
    public async Task GetTokenBalanceAsync_HtmlWithHttp200_ThrowsInvalidResponseWithExcerpt()
    {
        using var server = new TestServer();
        server.Respond(Token, 200, Bodies.HtmlBadGateway, "text/html");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(Bodies.HtmlBadGateway, ex.BodyExcerpt);
        Assert.Equal($"ToAPIs at {Origin(server)} answered HTTP 200 with a body that is not a balance: \"{Bodies.HtmlBadGateway}\".", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_LongHtmlWithHttp200_ExcerptCutAt200Characters()
    {
        var page = "<html>" + new string('x', 500) + "</html>";
        using var server = new TestServer();
        server.Respond(Token, 200, page, "text/html");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(page[..200] + "…", ex.BodyExcerpt);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData(User)]
    public async Task GetBalance_EmptyBodyWithHttp200_ThrowsInvalidResponse(string path)
    {
        using var server = new TestServer();
        server.Respond(path, 200, string.Empty);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Null(ex.BodyExcerpt);
        Assert.Equal($"ToAPIs at {Origin(server)} answered HTTP 200 with an empty body.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EmptyBodyWithHttp204_ThrowsInvalidResponseWithStatus()
    {
        using var server = new TestServer();
        server.Respond(Token, 204, string.Empty);
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(204, ex.StatusCode);
        Assert.Equal($"ToAPIs at {Origin(server)} answered HTTP 204 with an empty body.", ex.Message);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData(User)]
    public async Task GetBalance_JsonNullWithHttp200_ThrowsInvalidResponseWithStatusAndExcerpt(string path)
    {
        using var server = new TestServer();
        server.Respond(path, 200, "null");
        using var client = server.CreateClient(NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("null", ex.BodyExcerpt);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ConnectionRefused_ThrowsBaseExceptionWithoutStatus()
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = TestServer.ApiKey,
            BaseAddress = new Uri("http://127.0.0.1:1"),
            MaxRetryAttempts = 0,
        };
        using var client = new ToApisBalanceClient(options);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.StatusCode);
        Assert.NotNull(ex.InnerException);
        Assert.StartsWith("Could not reach ToAPIs at http://127.0.0.1:1: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OddAnswers))]
    public async Task GetTokenBalanceAsync_OddAnswer_ThrowsToApisException(int status, string body, string contentType)
    {
        using var server = new TestServer();
        server.Respond(Token, status, body, contentType);
        using var client = server.CreateClient(NoRetries);

        var ex = await Record.ExceptionAsync(() => client.GetTokenBalanceAsync());

        Assert.IsAssignableFrom<ToApisException>(ex);
        Assert.Equal(status, ((ToApisException)ex).StatusCode);
    }

    private static void NoRetries(ToApisBalanceClientOptions options) => options.MaxRetryAttempts = 0;

    private static string Origin(TestServer server) => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    private static async Task<BalanceSnapshot> CallAsync(ToApisBalanceClient client, string path) =>
        path == Token ? await client.GetTokenBalanceAsync() : await client.GetUserBalanceAsync();
}
