using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>An OpenAI-style error object sent with HTTP 200: its code, else its type, says what kind of failure it is.</summary>
public sealed class ErrorObjectOnSuccessStatusTests
{
    [Theory]
    [InlineData("""{"error": {"code": 401, "message": "m", "type": "x"}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"code": "403", "message": "m"}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"message": "m", "type": "authentication_error", "code": ""}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"code": 429, "message": "m"}}""", typeof(ToApisRateLimitException))]
    [InlineData("""{"error": {"message": "m", "type": "rate_limit_error"}}""", typeof(ToApisRateLimitException))]
    [InlineData("""{"error": {"code": 503, "message": "m"}}""", typeof(ToApisServerException))]
    [InlineData("""{"error": {"message": "m", "type": "server_error"}}""", typeof(ToApisServerException))]
    [InlineData("""{"error": {"code": 402, "message": "m", "type": "insufficient_quota"}}""", typeof(ToApisException))]
    [InlineData("""{"error": {"message": "m", "type": "something_new", "code": "E42"}}""", typeof(ToApisException))]
    public async Task GetTokenBalanceAsync_ErrorObjectWithHttp200_TypedByCodeOrType(string body, Type expected)
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, body);
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 0);

        var exception = await Assert.ThrowsAnyAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.IsType(expected, exception);
        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("m", exception.ServerMessage);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }
}
