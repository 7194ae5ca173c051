using System.Diagnostics;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Prometheus' own checker (Debian package <c>prometheus</c>): what a scrape of the tool's text would make of it.</summary>
internal static class Promtool
{
    /// <summary>Runs <c>promtool check metrics</c> on <paramref name="text"/>: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Problems)> CheckMetricsAsync(string text)
    {
        var start = new ProcessStartInfo("promtool", "check metrics") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var promtool = Process.Start(start)!;
        await promtool.StandardInput.WriteAsync(text);
        promtool.StandardInput.Close();
        var problems = await promtool.StandardError.ReadToEndAsync() + await promtool.StandardOutput.ReadToEndAsync();
        await promtool.WaitForExitAsync();
        return (promtool.ExitCode, problems);
    }
}
