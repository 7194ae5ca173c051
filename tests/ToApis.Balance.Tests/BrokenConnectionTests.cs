using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>A body cut short by a dropped connection, or one that stalls, is a transient failure: retried, and typed when it persists.</summary>
public abstract class BrokenConnectionTests(ConstructionPath construction)
{
    [Fact]
    public async Task GetTokenBalanceAsync_BodyCutShortOnce_SucceedsOnTheRetry()
    {
        using var server = new RawHttpServer(connection => connection == 0
            ? RawHttpServer.Response(200, Bodies.Full[..20], contentLength: Bodies.Full.Length)
            : RawHttpServer.Response(200, Bodies.Full));
        using var client = CreateClient(server, retries: 3);

        var balance = await client.GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BodyCutShortEveryTime_ThrowsToApisExceptionAfterAllAttempts()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, Bodies.Full[..20], contentLength: Bodies.Full.Length));
        using var client = CreateClient(server, retries: 2);

        var exception = await Assert.ThrowsAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.Null(exception.StatusCode);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
        Assert.StartsWith("Could not reach ToAPIs at http://127.0.0.1:", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Connections);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BodyStallsEveryTime_ThrowsTimeoutAfterEachAttemptTimedOut()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, Bodies.Full[..20], contentLength: Bodies.Full.Length), stallAfterAnswer: true);

        // Attempts are counted where they are sent, not where the server accepts them: on a loaded machine the
        // second attempt's 0.3 s can run out before its connection is even made.
        using var sockets = new SocketsHttpHandler();
        using var sent = new RecordingDelegatingHandler { InnerHandler = sockets };
        using var client = TestClient.Create(
            construction,
            new ToApisBalanceClientOptions
            {
                ApiKey = TestServer.ApiKey,
                BaseAddress = server.BaseAddress,
                MaxRetryAttempts = 1,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                AttemptTimeout = TimeSpan.FromMilliseconds(300),
            },
            primary: sent);

        var exception = await Assert.ThrowsAsync<ToApisTimeoutException>(() => client.GetTokenBalanceAsync());

        Assert.Contains("did not answer within 0.3 s", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, sent.Requests.Count);
    }

    private TestClient CreateClient(RawHttpServer server, int retries) => TestClient.Create(construction, new ToApisBalanceClientOptions
    {
        ApiKey = TestServer.ApiKey,
        BaseAddress = server.BaseAddress,
        MaxRetryAttempts = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class BrokenConnectionTestsWithConstructor() : BrokenConnectionTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class BrokenConnectionTestsWithDependencyInjection() : BrokenConnectionTests(ConstructionPath.DependencyInjection);
