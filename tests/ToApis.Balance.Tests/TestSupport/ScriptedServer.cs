using System.Net;
using System.Net.Sockets;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// A loopback server that runs an async script on each connection it accepts (see <see cref="RawConnection"/>):
/// for the transport faults no HTTP server will produce on purpose, such as a reset in the middle of the
/// headers, a dripping body or one that never ends. Disposing it stops every script and closes every socket.
/// </summary>
internal sealed class ScriptedServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<RawConnection, Task> script;
    private readonly CancellationTokenSource stop = new();
    private readonly List<RawConnection> connections = [];

    public ScriptedServer(Func<RawConnection, Task> script)
    {
        this.script = script;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The connections accepted so far, in order.</summary>
    public IReadOnlyList<RawConnection> Connections
    {
        get
        {
            lock (connections)
            {
                return [.. connections];
            }
        }
    }

    /// <summary>Every request head read, over all connections, in the order of the connections.</summary>
    public IReadOnlyList<string> Requests => [.. Connections.SelectMany(connection => connection.Requests)];

    /// <summary>Whether a request came over the connection whose client end is <paramref name="clientPort"/>.</summary>
    public bool SawRequestFrom(int clientPort) =>
        Connections.Any(connection => connection.ClientPort == clientPort && connection.Requests.Count > 0);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            RawConnection connection;
            lock (connections)
            {
                connection = new RawConnection(socket, connections.Count, stop.Token);
                connections.Add(connection);
            }

            _ = Task.Run(() => connection.RunAsync(script));
        }
    }
}
