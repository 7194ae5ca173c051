using System.Net.Sockets;
using System.Text;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// One accepted connection of a <see cref="ScriptedServer"/>, with the steps a script is made of: read the
/// request, write, drip, wait, stall, close or reset. A step that finds the client gone throws, which ends the
/// script and marks <see cref="ClientHungUp"/>.
/// </summary>
internal sealed class RawConnection
{
    private readonly Socket socket;
    private readonly NetworkStream stream;
    private readonly CancellationToken stop;
    private readonly List<string> requests = [];
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long bytesWritten;
    private volatile bool clientHungUp;

    public RawConnection(Socket socket, int index, CancellationToken stop)
    {
        this.socket = socket;
        Index = index;
        this.stop = stop;
        ClientPort = ((System.Net.IPEndPoint)socket.RemoteEndPoint!).Port;
        socket.NoDelay = true;
        stream = new NetworkStream(socket, ownsSocket: false);
    }

    /// <summary>The order in which the server accepted this connection, from 0.</summary>
    public int Index { get; }

    /// <summary>The client's end of the connection: its local port.</summary>
    public int ClientPort { get; }

    /// <summary>The request heads read so far, each up to its blank line.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public long BytesWritten => Interlocked.Read(ref bytesWritten);

    /// <summary>Whether the script ended because the client closed or reset the connection.</summary>
    public bool ClientHungUp => clientHungUp;

    /// <summary>Completes once the script has ended and the socket is closed.</summary>
    public Task Ended => ended.Task;

    /// <summary>Reads one request head (the balance endpoints are GETs without a body).</summary>
    public async Task ReadRequestAsync()
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, stop) == 0)
            {
                throw new IOException("The client closed the connection before sending a whole request.");
            }

            head.Append((char)buffer[0]);
        }

        lock (requests)
        {
            requests.Add(head.ToString());
        }
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, stop);
        Interlocked.Add(ref bytesWritten, bytes.Length);
    }

    /// <summary>Writes <paramref name="text"/> one byte at a time, <paramref name="interval"/> apart.</summary>
    public async Task DripAsync(string text, TimeSpan interval)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < bytes.Length; i++)
        {
            await WriteAsync(bytes.AsMemory(i, 1));
            await Task.Delay(interval, stop);
        }
    }

    public Task DelayAsync(TimeSpan delay) => Task.Delay(delay, stop);

    /// <summary>Says nothing more, reading and dropping whatever comes, until the client hangs up or the server stops.</summary>
    public async Task StallAsync()
    {
        var buffer = new byte[1024];
        while (await stream.ReadAsync(buffer, stop) > 0)
        {
        }

        clientHungUp = true;
    }

    /// <summary>Aborts the connection: an RST instead of a FIN.</summary>
    public void Reset()
    {
        socket.LingerState = new LingerOption(enable: true, seconds: 0);
        socket.Close();
    }

    /// <summary>Closes the connection in order: a FIN.</summary>
    public void Close() => socket.Shutdown(SocketShutdown.Both);

    /// <summary>Runs <paramref name="script"/> on this connection, then closes it whatever happened.</summary>
    public async Task RunAsync(Func<RawConnection, Task> script)
    {
        try
        {
            await script(this);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            clientHungUp = true;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The server is stopping.
        }
        finally
        {
            await stream.DisposeAsync();
            socket.Dispose();
            ended.TrySetResult();
        }
    }
}
