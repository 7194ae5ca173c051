using System.Diagnostics;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// A monitoring-plugins consumer: Debian's <c>python3-nagiosplugin</c>, the guidelines' reference library, reading
/// plugin lines (<c>nagiosplugin_state.py</c>). CI installs it (<c>.ci/run</c>); without it a test fails and says so.
/// </summary>
internal static class NagiosPlugin
{
    private const string Python = "/usr/bin/python3";

    /// <summary>The exit code of the worst state the library derives from each line's performance data, by case name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StatesAsync(IEnumerable<(string Name, string Line)> cases)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "TestSupport", "nagiosplugin_state.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{Python} is missing: install Debian's python3 and python3-nagiosplugin (apt-get install -y python3-nagiosplugin; CI does).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            foreach (var (name, line) in cases)
            {
                await process.StandardInput.WriteLineAsync($"{name}\t{line}");
            }

            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            var problem = await error;
            if (problem.Contains("No module named 'nagiosplugin'", StringComparison.Ordinal))
            {
                Assert.Fail("python3-nagiosplugin is not installed: apt-get install -y python3-nagiosplugin (CI installs it in .ci/run).");
            }

            Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {problem}");
            return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t', 2))
                .ToDictionary(p => p[0], p => p[1]);
        }
    }
}
