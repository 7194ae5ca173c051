using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>
/// An OpenAI-style error object sent with HTTP 200: its code, else its type, says what kind of failure it is;
/// one that says neither is read like the <c>success: false</c> bodies (the key's failures, or the transient database error).
/// </summary>
public abstract class ErrorObjectOnSuccessStatusTests(ConstructionPath construction)
{
    [Theory]
    [InlineData("""{"error": {"code": 401, "message": "m", "type": "x"}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"code": "403", "message": "m"}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"message": "m", "type": "authentication_error", "code": ""}}""", typeof(ToApisAuthenticationException))]
    [InlineData("""{"error": {"code": 429, "message": "m"}}""", typeof(ToApisRateLimitException))]
    [InlineData("""{"error": {"message": "m", "type": "rate_limit_error"}}""", typeof(ToApisRateLimitException))]
    [InlineData("""{"error": {"code": 503, "message": "m"}}""", typeof(ToApisServerException))]
    [InlineData("""{"error": {"message": "m", "type": "server_error"}}""", typeof(ToApisServerException))]
    [InlineData("""{"error": {"code": 402, "message": "m", "type": "insufficient_quota"}}""", typeof(ToApisInsufficientBalanceException))]
    [InlineData("""{"error": {"message": "m", "type": "insufficient_quota"}}""", typeof(ToApisInsufficientBalanceException))]
    [InlineData("""{"error": {"message": "m", "type": "new_api_error", "code": ""}}""", typeof(ToApisException))]
    [InlineData("""{"error": {"type": "something_new", "message": "m"}}""", typeof(ToApisException))]
    [InlineData("""{"success": false, "error": {"message": "m", "type": "something_new", "code": "E42"}}""", typeof(ToApisException))]
    public async Task GetTokenBalanceAsync_ErrorObjectWithHttp200_TypedByCodeOrType(string body, Type expected)
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, body);
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 0);

        var exception = await Assert.ThrowsAnyAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.IsType(expected, exception);
        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("m", exception.ServerMessage);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Theory]
    [InlineData("""{"error": {"message": "Failed to get used quota", "type": "new_api_error", "code": ""}}""")]
    [InlineData("""{"success": false, "error": {"message": "Failed to get used quota"}}""")]
    [InlineData("""{"message": "Failed to get used quota"}""")]
    [InlineData("""{"error": {"code": 503, "message": "busy"}}""")]
    [InlineData("""{"error": {"message": "slow down", "type": "rate_limit_error"}}""")]
    public async Task GetUserBalanceAsync_TransientFailureWithHttp200InAnyShape_RetriedThenSucceeds(string failure)
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(
            TestServer.UserPath,
            r => r.WithStatusCode(200).WithBody(failure),
            r => r.WithStatusCode(200).WithBody(Bodies.Full));
        using var client = server.CreateClient();

        var balance = await client.GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(2, server.CountRequests(TestServer.UserPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NotFoundErrorTypeWithHttp200_DoesNotBlameTheBaseAddress()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, """{"error": {"message": "m", "type": "not_found_error"}}""");
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.DoesNotContain("BaseAddress", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class ErrorObjectOnSuccessStatusTestsWithConstructor() : ErrorObjectOnSuccessStatusTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class ErrorObjectOnSuccessStatusTestsWithDependencyInjection() : ErrorObjectOnSuccessStatusTests(ConstructionPath.DependencyInjection);
