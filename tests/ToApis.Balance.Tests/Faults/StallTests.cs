using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>A server that goes silent meets the attempt timeout, wherever in the response it stops.</summary>
public sealed class StallTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_StallBeforeHeaders_ThrowsToApisTimeoutException()
    {
        using var server = new ScriptedServer(FaultScripts.StallBeforeHeaders);

        var exception = await FaultCall.FailsAsync<ToApisTimeoutException>(server, FaultCall.Options(server.BaseAddress, FaultCall.ShortTimeouts));

        AssertTimedOut(server, exception);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_StallDuringBody_ThrowsToApisTimeoutException()
    {
        using var server = new ScriptedServer(FaultScripts.StallDuringBody);

        var exception = await FaultCall.FailsAsync<ToApisTimeoutException>(server, FaultCall.Options(server.BaseAddress, FaultCall.ShortTimeouts));

        AssertTimedOut(server, exception);
    }

    private static void AssertTimedOut(ScriptedServer server, ToApisTimeoutException exception)
    {
        // The attempt timeout (0.4 s) is due long before the total one (2 s); the text names whichever fired.
        Assert.StartsWith($"ToAPIs at http://127.0.0.1:{server.Port} did not answer within ", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.StatusCode);
    }
}
