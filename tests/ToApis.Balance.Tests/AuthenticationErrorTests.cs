using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>Every way the contract says a key is refused, mapped to ToApisAuthenticationException.</summary>
public sealed class AuthenticationErrorTests
{
    private const string KeyHint = "Check the key in ToApisBalanceClientOptions.ApiKey or the TOAPIS_API_KEY environment variable.";
    private const string NoAuthorizationHeaderChinese = """{"success": false, "message": "无Authorization头"}""";
    private const string TokenNotFoundChinese = """{"success": false, "message": "获取令牌信息失败: record not found"}""";
    private const string UserNotFoundChinese = """{"success": false, "message": "获取用户额度失败"}""";
    private const string InvalidTokenChinese = """{"success": false, "message": "无效的令牌"}""";
    private const string BannedUser = """{"error": {"code": 403, "message": "User is banned", "type": "forbidden"}}""";

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

    [Theory]
    [MemberData(nameof(BusinessFailuresOnSuccessStatus))]
    public async Task GetBalance_BusinessFailureWithHttp200_ThrowsAuthentication(string path, string body, string serverMessage)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(serverMessage, ex.ServerMessage);
        Assert.Null(ex.ErrorType);
        Assert.Equal($"ToAPIs refused the API key (HTTP 200): {serverMessage}. {KeyHint}", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BusinessFailureWithoutMessage_ThrowsPlainFailureNotAuthentication()
    {
        using var server = new TestServer();
        server.Respond(Token, 200, """{"success": false}""");
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.ServerMessage);
        Assert.Equal("ToAPIs reported a failure (HTTP 200).", ex.Message);
    }

    [Theory]
    [InlineData("""{"success":false,"message":"system busy, please retry later"}""", "system busy, please retry later")]
    [InlineData("""{"error":{"type":"something_new","message":"x"}}""", "x")]
    public async Task GetTokenBalanceAsync_UnknownFailureWithHttp200_ThrowsPlainFailureSayingWhatTheServerSaid(string body, string said)
    {
        using var server = new TestServer();
        server.Respond(Token, 200, body);
        using var client = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(said, ex.ServerMessage);
        Assert.StartsWith("ToAPIs reported a failure (HTTP 200", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("key", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, server.CountRequests(Token));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NoAuthorizationHeaderWithHttp401_ThrowsAuthentication()
    {
        using var server = new TestServer();
        server.Respond(Token, 401, Bodies.NoAuthorizationHeader);
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("new_api_error", ex.ErrorType);
        Assert.Equal("Invalid token", ex.ServerMessage);
        Assert.Equal("2025112412000012345", ex.RequestId);
        Assert.Equal($"ToAPIs refused the API key (HTTP 401, new_api_error): Invalid token (request id: 2025112412000012345). {KeyHint}", ex.Message);
    }
}
