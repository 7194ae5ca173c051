using System.Globalization;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Faults;

/// <summary>
/// What a misbehaving server (or whatever answers at its address) does to one connection. Each script reads the
/// request first, so the fault happens after the client has sent it.
/// </summary>
internal static class FaultScripts
{
    /// <summary>A chunked 200 response's head, without its body.</summary>
    public const string ChunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";

    public static async Task ResetBeforeResponse(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        connection.Reset();
    }

    public static async Task ResetDuringHeaders(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/js");
        connection.Reset();
    }

    public static async Task ResetDuringBody(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(TruncatedBody());
        connection.Reset();
    }

    public static async Task EmptyResponse(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        connection.Close();
    }

    /// <summary>Another protocol at the address: an SSH server's greeting.</summary>
    public static async Task Garbage(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync("SSH-2.0-OpenSSH_9.6\r\n\r\n");
        connection.Close();
    }

    public static async Task BadChunkSize(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(ChunkedHead + "zz\r\n" + Bodies.Full + "\r\n0\r\n\r\n");
        connection.Close();
    }

    /// <summary>A whole balance in one chunk, then the connection closes without the last (empty) chunk.</summary>
    public static async Task MissingLastChunk(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(ChunkedHead + Chunk(Bodies.Full));
        connection.Close();
    }

    public static async Task StallBeforeHeaders(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.StallAsync();
    }

    public static async Task StallDuringBody(RawConnection connection)
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(TruncatedBody());
        await connection.StallAsync();
    }

    /// <summary>A well-formed 200 with <paramref name="body"/>, then a close.</summary>
    public static Func<RawConnection, Task> Answer(string body) => async connection =>
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync(RawHttpServer.Response(200, body));
        connection.Close();
    };

    /// <summary>A redirect to <paramref name="location"/>, then a close.</summary>
    public static Func<RawConnection, Task> Redirect(int status, string location) => async connection =>
    {
        await connection.ReadRequestAsync();
        await connection.WriteAsync($"HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        connection.Close();
    };

    public static Func<RawConnection, Task> Named(string name) => name switch
    {
        nameof(ResetBeforeResponse) => ResetBeforeResponse,
        nameof(ResetDuringHeaders) => ResetDuringHeaders,
        nameof(ResetDuringBody) => ResetDuringBody,
        nameof(EmptyResponse) => EmptyResponse,
        nameof(Garbage) => Garbage,
        nameof(BadChunkSize) => BadChunkSize,
        nameof(MissingLastChunk) => MissingLastChunk,
        nameof(StallBeforeHeaders) => StallBeforeHeaders,
        nameof(StallDuringBody) => StallDuringBody,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such fault script."),
    };

    public static string Chunk(string data) =>
        string.Create(CultureInfo.InvariantCulture, $"{System.Text.Encoding.UTF8.GetByteCount(data):x}\r\n{data}\r\n");

    /// <summary>Headers promising the whole balance, and its first 20 bytes.</summary>
    private static string TruncatedBody() => RawHttpServer.Response(200, Bodies.Full[..20], contentLength: Bodies.Full.Length);
}
