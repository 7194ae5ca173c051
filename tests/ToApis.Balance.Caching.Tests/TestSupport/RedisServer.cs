using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// A real <c>redis-server</c> (Debian package) of the test's own, on a free loopback port, with no persistence.
/// Stopped when disposed, or earlier by a test of Redis being down.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts a server on a free port, or on <paramref name="port"/> to stand in for one that was stopped.</summary>
    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port.Value);
        await Poll.UntilAsync(server.AcceptsConnectionsAsync, "redis-server to accept connections");
        return server;
    }

    /// <summary>Options for a client that gives up fast when the server is gone, so a test of Redis down stays short.</summary>
    public ConfigurationOptions ClientOptions()
    {
        var options = ConfigurationOptions.Parse(Endpoint);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.SyncTimeout = 1000;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    /// <summary>Options as the README recommends them: StackExchange.Redis's defaults, but the app starts and reconnects without Redis.</summary>
    public ConfigurationOptions RecommendedOptions()
    {
        var options = ConfigurationOptions.Parse(Endpoint);
        options.AbortOnConnectFail = false;
        return options;
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open and commands are taken, but nothing is answered.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a frozen server go on (SIGCONT): it runs the commands it took meanwhile.</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill {signal} exited with {kill.ExitCode}.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
