using ToApis.Balance.Tests.TestSupport;
using static ToApis.Balance.Tests.TestSupport.BalanceEndpoints;

namespace ToApis.Balance.Tests;

/// <summary>Answers that are not a balance (HTML, empty, odd JSON) and lost connections still surface as ToApisException.</summary>
public abstract class UnreadableResponseTests(ConstructionPath construction)
{
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

    [Fact]
    public async Task GetTokenBalanceAsync_Html502_ThrowsServerWithExcerpt()
    {
        using var server = new TestServer(construction);
        server.Respond(Token, 502, Bodies.HtmlBadGateway, "text/html");
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var server = new TestServer(construction);
        server.Respond(Token, 502, page, "text/html");
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("502 Bad Gateway", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400, $"Message is {ex.Message.Length} characters long.");
    }

    [Fact]
    public async Task GetTokenBalanceAsync_HtmlWithHttp200_ThrowsInvalidResponseWithExcerpt()
    {
        using var server = new TestServer(construction);
        server.Respond(Token, 200, Bodies.HtmlBadGateway, "text/html");
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(Bodies.HtmlBadGateway, ex.BodyExcerpt);
        Assert.Equal($"ToAPIs at {server.Origin} answered HTTP 200 with a body that is not a balance (not valid JSON of a balance): \"{Bodies.HtmlBadGateway}\".", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_LongHtmlWithHttp200_ExcerptCutAt200Characters()
    {
        var page = "<html>" + new string('x', 500) + "</html>";
        using var server = new TestServer(construction);
        server.Respond(Token, 200, page, "text/html");
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(page[..200] + "…", ex.BodyExcerpt);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData(User)]
    public async Task GetBalance_EmptyBodyWithHttp200_ThrowsInvalidResponse(string path)
    {
        using var server = new TestServer(construction);
        server.Respond(path, 200, string.Empty);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => CallAsync(client, path));

        Assert.Equal(200, ex.StatusCode);
        Assert.Null(ex.BodyExcerpt);
        Assert.Equal($"ToAPIs at {server.Origin} answered HTTP 200 with an empty body.", ex.Message);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EmptyBodyWithHttp204_ThrowsInvalidResponseWithStatus()
    {
        using var server = new TestServer(construction);
        server.Respond(Token, 204, string.Empty);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(204, ex.StatusCode);
        Assert.Equal($"ToAPIs at {server.Origin} answered HTTP 204 with an empty body.", ex.Message);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData(User)]
    public async Task GetBalance_JsonNullWithHttp200_ThrowsInvalidResponseWithStatusAndExcerpt(string path)
    {
        using var server = new TestServer(construction);
        server.Respond(path, 200, "null");
        using var client = server.CreateClient(TestServer.NoRetries);

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
        using var client = TestClient.Create(construction, options);

        var ex = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Null(ex.StatusCode);
        Assert.NotNull(ex.InnerException);
        Assert.StartsWith("Could not reach ToAPIs at http://127.0.0.1:1: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OddAnswers))]
    public async Task GetTokenBalanceAsync_OddAnswer_ThrowsToApisException(int status, string body, string contentType)
    {
        using var server = new TestServer(construction);
        server.Respond(Token, status, body, contentType);
        using var client = server.CreateClient(TestServer.NoRetries);

        var ex = await Record.ExceptionAsync(() => client.GetTokenBalanceAsync());

        Assert.IsAssignableFrom<ToApisException>(ex);
        Assert.Equal(status, ((ToApisException)ex).StatusCode);
    }
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class UnreadableResponseTestsWithConstructor() : UnreadableResponseTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class UnreadableResponseTestsWithDependencyInjection() : UnreadableResponseTests(ConstructionPath.DependencyInjection);
