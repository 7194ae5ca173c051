using System.ComponentModel;
using System.Diagnostics;

namespace ToApis.Balance.Monitoring.Tests.Deploy;

/// <summary>Prometheus's own rule checker (Debian package <c>prometheus</c>, which <c>.ci/run</c> installs), run on the files under <c>deploy/prometheus</c>.</summary>
internal static class Promtool
{
    /// <summary>The repository's <c>deploy/prometheus</c> folder.</summary>
    public static string RulesFolder => DeployFiles.Prometheus;

    /// <summary>Runs <c>promtool</c> with <paramref name="arguments"/> in <see cref="RulesFolder"/>: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool")
        {
            WorkingDirectory = RulesFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("promtool did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("promtool is not on PATH: install Debian's prometheus package (apt-get install -y prometheus), as .ci/run does.", error);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await errors);
        }
    }
}
