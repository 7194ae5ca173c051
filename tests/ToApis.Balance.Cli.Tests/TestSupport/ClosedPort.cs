using System.Net;
using System.Net.Sockets;

namespace ToApis.Balance.Cli.Tests;

/// <summary>A loopback address where nothing listens: a server that is down, refusing the connection at once.</summary>
internal static class ClosedPort
{
    public static string Url()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
