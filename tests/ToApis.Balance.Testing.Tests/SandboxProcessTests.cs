using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ToApis.Balance.Testing.Tests;

/// <summary>
/// The loopback sandbox stops like any server: a console app that serves it (tests/SandboxHost) and handles no signal
/// of its own exits on SIGTERM and on SIGINT (Ctrl+C), and its port closes.
/// </summary>
public sealed class SandboxProcessTests
{
    private const int SIGINT = 2;
    private const int SIGTERM = 15;

    [Theory]
    [InlineData(SIGTERM)]
    [InlineData(SIGINT)]
    public async Task ConsoleAppServingTheSandbox_Signal_ExitsAndThePortCloses(int signal)
    {
        using var host = Start();
        var address = new Uri(await host.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException("the sandbox host printed nothing"));
        Assert.True(await AcceptsAsync(address), "the sandbox should answer before the signal");

        Assert.Equal(0, Kill(host.Id, signal));

        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await host.WaitForExitAsync(exited.Token);
        }
        catch (OperationCanceledException)
        {
            host.Kill();
            Assert.Fail($"the app serving the sandbox ignored signal {signal}");
        }

        Assert.False(await AcceptsAsync(address), "the port should be closed once the app has exited");
    }

    private static Process Start()
    {
        var path = typeof(SandboxProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SandboxHost").Value!;
        var start = new ProcessStartInfo("dotnet", [path]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task<bool> AcceptsAsync(Uri address)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
