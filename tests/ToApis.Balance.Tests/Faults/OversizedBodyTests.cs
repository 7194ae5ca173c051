using System.Text;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>A 200 body past the 64 KiB cap is not a balance: the SDK stops reading there and hangs up.</summary>
public sealed class OversizedBodyTests
{
    private const string BodyStart = "{\"success\": true, \"remain_balance\": 100, \"pad\": \"";

    [Fact]
    public async Task GetTokenBalanceAsync_EndlessChunkedBody_ThrowsInvalidResponseAtCap()
    {
        using var server = new ScriptedServer(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(FaultScripts.ChunkedHead + FaultScripts.Chunk(BodyStart));
            var chunk = Encoding.ASCII.GetBytes(FaultScripts.Chunk(new string('a', 4096)));
            while (true)
            {
                await connection.WriteAsync(chunk);
            }
        });

        var exception = await FaultCall.FailsAsync<ToApisInvalidResponseException>(server, FaultCall.Options(server.BaseAddress));

        AssertTooLarge(server, exception);
        await AssertClientHungUpAsync(server.Connections[0]);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ContentLengthOf50MB_ThrowsInvalidResponseWithoutReadingItAll()
    {
        const long Declared = 50L * 1024 * 1024;
        using var server = new ScriptedServer(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Declared}\r\nConnection: close\r\n\r\n{BodyStart}");
            var block = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var left = Declared - Encoding.UTF8.GetByteCount(BodyStart); left > 0; left -= block.Length)
            {
                await connection.WriteAsync(block.AsMemory(0, (int)Math.Min(left, block.Length)));
            }

            connection.Close();
        });

        var exception = await FaultCall.FailsAsync<ToApisInvalidResponseException>(server, FaultCall.Options(server.BaseAddress));

        AssertTooLarge(server, exception);
        var connection = server.Connections[0];
        await AssertClientHungUpAsync(connection);
        Assert.True(connection.BytesWritten < Declared, $"The server wrote {connection.BytesWritten} bytes: the whole body was read.");
    }

    private static void AssertTooLarge(ScriptedServer server, ToApisInvalidResponseException exception)
    {
        Assert.Equal(200, exception.StatusCode);
        Assert.Equal(
            $"ToAPIs at http://127.0.0.1:{server.Port} answered HTTP 200 with a body over 65536 bytes, which is not a balance.",
            exception.Message);
    }

    /// <summary>The server's write loop ended on a closed connection, not by running out of body.</summary>
    private static async Task AssertClientHungUpAsync(RawConnection connection)
    {
        await connection.Ended.WaitAsync(Poll.DefaultLimit);
        Assert.True(connection.ClientHungUp);
    }
}
