using System.Diagnostics;

namespace ToApis.Balance.Cli.Tests;

/// <summary>The built tool run as users run it: <c>dotnet toapis-balance.dll</c>, as a process of its own.</summary>
internal static class ToolProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "toapis-balance.dll");

    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs the tool with its streams redirected (so it sees no terminal), standard input closed at once.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunWithAsync(Dotnet, args);

    /// <summary>Runs the tool with the <c>dotnet</c> host at <paramref name="dotnet"/> (and the runtimes beside it).</summary>
    public static async Task<CliResult> RunWithAsync(string dotnet, params string[] args)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("TOAPIS_API_KEY");
        start.Environment.Remove("DOTNET_ROOT");
        using var process = Process.Start(start)!;
        return await CompleteAsync(process);
    }

    /// <summary>Writes <paramref name="input"/> to a started process and closes its standard input, then waits (60 s at most) for what it printed and its exit code.</summary>
    public static async Task<CliResult> CompleteAsync(Process process, string input = "")
    {
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
