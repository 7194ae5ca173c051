using System.Net;
using System.Net.Sockets;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

public sealed class ConnectionRefusedTests
{
    [Fact]
    public async Task GetTokenBalanceAsync_NoListenerOnPort_ThrowsToApisException()
    {
        var port = UnusedPort();

        var exception = await FaultCall.FailsAsync<ToApisException>(port, FaultCall.Options(new Uri($"http://127.0.0.1:{port}/")));

        Assert.Null(exception.StatusCode);
        Assert.StartsWith($"Could not reach ToAPIs at http://127.0.0.1:{port}: ", exception.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }

    /// <summary>A port the system just handed out and took back: nothing listens there.</summary>
    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
