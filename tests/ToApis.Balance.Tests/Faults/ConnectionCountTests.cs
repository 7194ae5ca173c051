using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>The connection count the fault tests rely on does see a client's open connection: their "none left" is not vacuous.</summary>
public sealed class ConnectionCountTests
{
    [Fact]
    public async Task HeldByClients_CallWaitingOnStalledServer_CountsItsConnection()
    {
        using var server = new ScriptedServer(FaultScripts.StallBeforeHeaders);
        using var client = new ToApisBalanceClient(FaultCall.Options(server.BaseAddress));
        using var cancellation = new CancellationTokenSource();
        var call = client.GetTokenBalanceAsync(cancellation.Token);

        // The request on it first: a connection only seen established may not be the request's yet, and .NET lets a
        // connection attempt outlive a cancelled request, parking the connection in the pool (held, idle, for a minute).
        await Poll.UntilAsync(() => server.Requests.Count == 1, "the request to reach the server");
        await Poll.UntilAsync(() => TcpConnections.HeldByClients(server.Port) == 1, "the client's connection to show as held");

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await TcpConnections.AssertReleasedAsync(server.Port, "after the call was cancelled");
    }
}
