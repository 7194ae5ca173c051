using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

public abstract class ResponseBodyTests(ConstructionPath construction)
{
    private const int MaxBytes = 64 * 1024;

    [Fact]
    public async Task GetTokenBalanceAsync_OkBodyOverLimit_ThrowsInvalidResponseOnce()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Pad(Bodies.Full[..^1] + ", \"padding\": \"", MaxBytes + 1, 'a', "\"}"));
        using var client = server.CreateClient();

        var exception = await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(200, exception.StatusCode);
        Assert.NotNull(exception.BodyExcerpt);
        Assert.StartsWith("{\"success\": true", exception.BodyExcerpt, StringComparison.Ordinal);
        Assert.True(exception.BodyExcerpt.Length <= 201, $"excerpt of {exception.BodyExcerpt.Length} characters");
        Assert.True(exception.Message.Length < 600, $"message of {exception.Message.Length} characters");
        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_OkBodyOfExactlyLimit_Parsed()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Pad(Bodies.Full, MaxBytes, ' ', ""));
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_OversizedBadGatewayPage_RetriedThenServerException()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 502, Pad("<html><head><title>502 Bad Gateway</title></head><body>", 200 * 1024, 'x', "</body></html>"), "text/html");
        using var client = server.CreateClient(o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(502, exception.StatusCode);
        Assert.True(exception.Message.Length < 600, $"message of {exception.Message.Length} characters");
        Assert.Equal(3, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BalanceWithTextPlainContentType_Parsed()
    {
        using var server = new TestServer(construction);
        server.Respond(TestServer.TokenPath, 200, Bodies.Full, "text/plain");
        using var client = server.CreateClient();

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(Quota.Limited(20000m), balance.RemainingCredits);
    }

    /// <summary>An ASCII body of exactly <paramref name="length"/> bytes: start, filler, end.</summary>
    private static string Pad(string start, int length, char filler, string end) =>
        start + new string(filler, length - start.Length - end.Length) + end;
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class ResponseBodyTestsWithConstructor() : ResponseBodyTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class ResponseBodyTestsWithDependencyInjection() : ResponseBodyTests(ConstructionPath.DependencyInjection);
