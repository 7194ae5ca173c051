using Spectre.Console;

namespace ToApis.Balance.Cli;

/// <summary>What a run reads and writes besides its arguments: streams, variables, the terminal, the clock, the sandbox.</summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader In { get; init; }

    public required Func<string, string?> GetVariable { get; init; }

    /// <summary>Gets a value indicating whether standard output is a terminal (not piped, not a file).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>
    /// Gets a value indicating whether standard error shows on the same terminal as standard output, so a person would
    /// read an error twice if both streams carried it.
    /// </summary>
    public bool ErrorIsOutputTerminal { get; init; }

    /// <summary>Gets a function that prompts for a secret without echoing it, or <see langword="null"/> when there is no terminal to ask on.</summary>
    public Func<string, string?>? PromptSecret { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Gets the sandbox: given a scenario name, the options and handler that reach it.</summary>
    public required ISandboxProvider Sandbox { get; init; }

    /// <summary>Gets a value indicating whether the run is in a CI system (no spinner, no prompt).</summary>
    public bool InContinuousIntegration => !string.IsNullOrEmpty(GetVariable("CI"));

    /// <summary>Gets a value indicating whether colour is off (<see href="https://no-color.org">NO_COLOR</see>).</summary>
    public bool NoColor => !string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    /// <summary>The console for people: ANSI and colour only on a terminal and without NO_COLOR, interactive (spinner) only on a terminal outside CI.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = OutputIsTerminal && !NoColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = OutputIsTerminal && !InContinuousIntegration ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!OutputIsTerminal)
        {
            // Piped or redirected: no terminal width to fit, so long lines (an error message) are not wrapped at 80.
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>The environment of this process.</summary>
    public static CliEnvironment System(ISandboxProvider sandbox) => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        GetVariable = Environment.GetEnvironmentVariable,
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsOutputTerminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected && SameTerminal(),
        PromptSecret = Console.IsInputRedirected || Console.IsErrorRedirected ? null : ReadHidden,
        Sandbox = sandbox,
    };

    /// <summary>
    /// Whether standard output and standard error, both terminals, are the same one: on Linux by the device each
    /// descriptor opens (<c>2&gt;/dev/pts/3</c> sends errors to another); elsewhere two terminals are taken as one.
    /// </summary>
    private static bool SameTerminal()
    {
        try
        {
            return new FileInfo("/proc/self/fd/1").LinkTarget is not { } output
                || new FileInfo("/proc/self/fd/2").LinkTarget is not { } error
                || string.Equals(output, error, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Reads a line from the terminal without echoing it (the prompt goes to standard error).</summary>
    private static string? ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}

/// <summary>The sandbox the CLI's <c>--sandbox</c> talks to.</summary>
internal interface ISandboxProvider
{
    /// <summary>Gets the scenario names, in the order to show them.</summary>
    IReadOnlyList<string> Scenarios { get; }

    /// <summary>Connects to the sandbox playing <paramref name="scenario"/>.</summary>
    /// <returns>Options with the sandbox's key and address, and the handler that reaches it (owned by the connection).</returns>
    SandboxConnection Connect(string scenario);
}

/// <summary>A connection to the sandbox: dispose it when the run ends.</summary>
/// <param name="Options">Options holding the sandbox's key and address.</param>
/// <param name="Handler">The handler that answers as the sandbox.</param>
internal sealed record SandboxConnection(ToApisBalanceClientOptions Options, HttpMessageHandler Handler) : IDisposable
{
    public void Dispose() => Handler.Dispose();
}
