using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>An RST at any point of the response is a transport failure: a plain <see cref="ToApisException"/> without a status.</summary>
public sealed class ConnectionResetTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_ResetBeforeAnyResponseByte_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.ResetBeforeResponse);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ResetDuringHeaders_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.ResetDuringHeaders);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ResetDuringBody_ThrowsToApisException()
    {
        using var server = new ScriptedServer(FaultScripts.ResetDuringBody);

        var exception = await FaultCall.FailsAsync<ToApisException>(server, FaultCall.Options(server.BaseAddress));

        AssertTransport(server, exception);
    }

    private static void AssertTransport(ScriptedServer server, ToApisException exception)
    {
        Assert.Null(exception.StatusCode);
        Assert.StartsWith($"Could not reach ToAPIs at http://127.0.0.1:{server.Port}: ", exception.Message, StringComparison.Ordinal);
    }
}
