using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// A loopback server that answers each connection with raw bytes chosen per connection, then closes it (or
/// holds it open, silent): for what no well-behaved HTTP server (WireMock included) will send, such as a
/// body cut short or one that stalls.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, string> answer;
    private readonly CancellationTokenSource stop = new();
    private readonly bool stallAfterAnswer;
    private int connections;

    public RawHttpServer(Func<int, string> answer, bool stallAfterAnswer = false)
    {
        this.answer = answer;
        this.stallAfterAnswer = stallAfterAnswer;
        listener.Start();
        _ = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public int Connections => Volatile.Read(ref connections);

    /// <summary>An HTTP/1.1 response whose headers promise <paramref name="contentLength"/> bytes, followed by <paramref name="body"/>.</summary>
    public static string Response(int status, string body, int? contentLength = null) =>
        $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {contentLength ?? Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var index = Interlocked.Increment(ref connections) - 1;
            _ = ServeAsync(client, answer(index), stallAfterAnswer, stop.Token);
        }
    }

    private static async Task ServeAsync(TcpClient client, string response, bool stall, CancellationToken stop)
    {
        try
        {
            await AnswerAsync(client, response, stall, stop);
        }
        catch (IOException)
        {
            // The client hung up first (it timed out, say): nothing left to answer.
        }
    }

    private static async Task AnswerAsync(TcpClient client, string response, bool stall, CancellationToken stop)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[4096];
            var request = new StringBuilder();
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
            await stream.FlushAsync();
            if (stall)
            {
                // Keep the connection open and silent until the server stops: a stalled body.
                await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
