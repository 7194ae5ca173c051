using System.Diagnostics;

namespace ToApis.Balance.Cli.Tests;

/// <summary>What a person sees in a real terminal (tmux): the table, the spinner, colour and NO_COLOR.</summary>
public sealed class TerminalTests
{
    [Fact]
    public async Task Table_InATerminal_IsDrawnWithItsBorderAndFigures()
    {
        await using var terminal = await Terminal.StartAsync("--sandbox");

        var screen = await terminal.WaitForAsync("Effective remaining");

        Assert.Contains("╭", screen);
        Assert.Contains("Remaining credits", screen);
        Assert.Contains("20000", screen);
    }

    [Fact]
    public async Task Failure_InATerminal_IsShownOnceNotOnBothStreams()
    {
        await using var terminal = await Terminal.StartAsync("--sandbox", "unauthorized");

        // Standard error would be written before the table: once the table's line shows, both would be there.
        var screen = await terminal.WaitForAsync("could not read the balance");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(screen, "ToAPIs refused the API key"));
    }

    [Fact]
    public async Task Spinner_ShowsWhileWaitingOnTheNetwork()
    {
        // slow: the sandbox answers after 3 s.
        await using var terminal = await Terminal.StartAsync("--sandbox", "slow");

        await terminal.WaitForAsync("Reading balances");
        var screen = await terminal.WaitForAsync("Effective remaining");

        Assert.DoesNotContain("Reading balances", screen);
    }

    [Fact]
    public async Task Colour_InATerminal_MarksTheState()
    {
        await using var terminal = await Terminal.StartAsync("--sandbox", "low", "-w", "2000");

        var screen = await terminal.WaitForAsync("Effective remaining", escapes: true);

        Assert.True(HasColour(screen), screen);
    }

    [Fact]
    public async Task NoColor_InATerminal_HasNoColourCodes()
    {
        await using var terminal = await Terminal.StartAsync(["--sandbox", "low", "-w", "2000"], noColor: true);

        var screen = await terminal.WaitForAsync("Effective remaining", escapes: true);

        Assert.False(HasColour(screen), screen);
    }

    /// <summary>Whether any SGR escape sets a colour (30-38, 40-48, 90-97, 100-107); resets (39, 49) and bold are not colour.</summary>
    private static bool HasColour(string screen) =>
        System.Text.RegularExpressions.Regex.Matches(screen, @"\u001b\[([0-9;]*)m")
            .SelectMany(m => m.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .Any(code => code is (>= 30 and <= 38) or (>= 40 and <= 48) or (>= 90 and <= 97) or (>= 100 and <= 107));

    /// <summary>
    /// A detached tmux session running the tool in a 120 x 40 terminal, on a tmux server of its own (<c>-L</c>), so
    /// one test's server shutting down never races another's start.
    /// </summary>
    private sealed class Terminal : IAsyncDisposable
    {
        private readonly string session = "toapis-" + Guid.NewGuid().ToString("N")[..12];

        public static Task<Terminal> StartAsync(params string[] args) => StartAsync(args, noColor: false);

        public static async Task<Terminal> StartAsync(string[] args, bool noColor)
        {
            var terminal = new Terminal();
            var command = string.Join(' ', [Quote(ToolProcess.Dotnet), Quote(ToolProcess.Dll), .. args.Select(Quote)]);

            // The tool, then a pause so the pane stays to be read; CI is unset so the run behaves as a person's.
            var environment = noColor ? "env -u CI NO_COLOR=1" : "env -u CI -u NO_COLOR";
            await terminal.Tmux("new-session", "-d", "-s", terminal.session, "-x", "120", "-y", "40", $"{environment} TERM=xterm-256color {command}; sleep 60");
            return terminal;
        }

        /// <summary>Polls the pane until it shows <paramref name="text"/> (bounded); returns the screen.</summary>
        public async Task<string> WaitForAsync(string text, bool escapes = false)
        {
            var deadline = Stopwatch.StartNew();
            var screen = string.Empty;
            while (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                screen = escapes
                    ? await Tmux("capture-pane", "-p", "-e", "-t", session)
                    : await Tmux("capture-pane", "-p", "-t", session);
                if (screen.Contains(text, StringComparison.Ordinal))
                {
                    return screen;
                }

                await Task.Delay(50);
            }

            throw new Xunit.Sdk.XunitException($"The terminal never showed '{text}'. Screen:\n{screen}");
        }

        public async ValueTask DisposeAsync() => await Tmux("kill-server");

        private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

        private async Task<string> Tmux(params string[] args)
        {
            var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-L");
            start.ArgumentList.Add(session);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 && args[0] != "kill-server")
            {
                throw new InvalidOperationException($"tmux {args[0]} failed ({process.ExitCode}): {await error}");
            }

            return await output;
        }
    }
}
