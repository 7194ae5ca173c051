using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>A body that arrives one byte at a time is read while the attempt lasts: the attempt timeout covers the whole body, not each read.</summary>
public sealed class DripTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_BodyDripsWithinAttemptTimeout_ReturnsBalance()
    {
        using var server = new ScriptedServer(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(RawHttpServer.Response(200, Bodies.Full)[..^Bodies.Full.Length]);
            await connection.DripAsync(Bodies.Full, TimeSpan.FromMilliseconds(1));
            connection.Close();
        });

        // About 170 writes a millisecond apart: slow, yet far within the default 5 s of FaultCall.Options even on a busy machine.
        var balance = await FaultCall.SucceedsAsync(server, FaultCall.Options(server.BaseAddress));

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Single(server.Connections);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BodyDripsPastAttemptTimeout_ThrowsToApisTimeoutException()
    {
        // 170 bytes 50 ms apart take 8.5 s: far past both the attempt (0.4 s) and the total (2 s) timeouts.
        using var server = new ScriptedServer(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(RawHttpServer.Response(200, Bodies.Full)[..^Bodies.Full.Length]);
            await connection.DripAsync(Bodies.Full, TimeSpan.FromMilliseconds(50));
        });

        var exception = await FaultCall.FailsAsync<ToApisTimeoutException>(server, FaultCall.Options(server.BaseAddress, FaultCall.ShortTimeouts));

        Assert.StartsWith($"ToAPIs at http://127.0.0.1:{server.Port} did not answer within ", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.StatusCode);
    }
}
