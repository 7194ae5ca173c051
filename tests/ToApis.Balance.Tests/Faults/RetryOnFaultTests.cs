using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>Every transport fault is transient: one retry on a new connection cures it.</summary>
public sealed class RetryOnFaultTests
{
    [Theory]
    [InlineData(nameof(FaultScripts.ResetBeforeResponse))]
    [InlineData(nameof(FaultScripts.ResetDuringHeaders))]
    [InlineData(nameof(FaultScripts.ResetDuringBody))]
    [InlineData(nameof(FaultScripts.EmptyResponse))]
    [InlineData(nameof(FaultScripts.Garbage))]
    [InlineData(nameof(FaultScripts.BadChunkSize))]
    [InlineData(nameof(FaultScripts.MissingLastChunk))]
    [InlineData(nameof(FaultScripts.StallBeforeHeaders))]
    [InlineData(nameof(FaultScripts.StallDuringBody))]
    public async Task GetTokenBalanceAsync_FaultOnFirstConnectionOnly_ReturnsBalanceFromSecond(string fault)
    {
        var first = FaultScripts.Named(fault);
        var then = FaultScripts.Answer(Bodies.Full);
        using var server = new ScriptedServer(connection => connection.Index == 0 ? first(connection) : then(connection));

        // The stalls must time out their attempt, and the successful attempt must not, even cold on a busy machine:
        // 2 s is both short enough and long enough.
        var balance = await FaultCall.SucceedsAsync(server, FaultCall.Options(server.BaseAddress, o =>
        {
            o.MaxRetryAttempts = 1;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
        }));

        Assert.Equal(Quota.Limited(100m), balance.Remaining);

        // Two connections whoever retried: the SDK, or SocketsHttpHandler itself for a connection that closed before any byte.
        Assert.Equal(2, server.Connections.Count);
    }
}
