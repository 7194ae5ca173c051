using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>A response that is not well-formed HTTP/1.1 is a transport failure, even when a whole balance came with it.</summary>
public sealed class MalformedResponseTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_ConnectionClosedWithoutResponse_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.EmptyResponse);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_EveryConnectionClosedWithoutResponse_HandlerItselfTriesFourConnections()
    {
        using var server = new ScriptedServer(FaultScripts.EmptyResponse);

        await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        // No SDK retry here (MaxRetryAttempts = 0): SocketsHttpHandler retries a request whose connection closed
        // before any response byte, up to 3 times (System.Net.Http's MaxConnectionFailureRetries).
        Assert.Equal(4, server.Connections.Count);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_AnotherProtocolAnswers_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.Garbage);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ChunkSizeNotHex_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.BadChunkSize);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ChunkedBodyWithoutLastChunk_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.MissingLastChunk);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    private static void AssertTransport(ScriptedServer server, ToApisException exception)
    {
        Assert.Null(exception.StatusCode);
        Assert.StartsWith($"Could not reach ToAPIs at http://127.0.0.1:{server.Port}: ", exception.Message, StringComparison.Ordinal);
    }
}
