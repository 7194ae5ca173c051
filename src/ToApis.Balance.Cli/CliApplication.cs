using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli;

/// <summary>The <c>toapis-balance</c> command: parses the arguments, reads the balances, prints them, and returns the exit code.</summary>
internal static class CliApplication
{
    /// <summary>The tool's name, which starts every message it writes to standard error.</summary>
    internal const string Name = "toapis-balance";

    /// <summary>The shortest <c>--watch</c> interval: a refresh more often than this would only load the server.</summary>
    private static readonly TimeSpan ShortestWatch = TimeSpan.FromSeconds(5);

    /// <summary>The longest <c>--watch</c> interval; for longer ones, a scheduler (cron) fits better than a process left running.</summary>
    private static readonly TimeSpan LongestWatch = TimeSpan.FromHours(24);

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var options = new CliOptions(environment.Sandbox.Scenarios);
        var parsed = options.Command.Parse(args, CliOptions.Parsing);
        if (parsed.Errors.Count > 0)
        {
            // Bad arguments are UNKNOWN (3), never a state a monitor could take for the balance's.
            var message = string.Join(' ', FirstError(parsed).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            await environment.Error.WriteLineAsync($"{Name}: {message} (see {Name} --help)").ConfigureAwait(false);
            return (int)PluginStatus.Unknown;
        }

        if (parsed.Action is not null && parsed.Action is not CliOptions.RunAction)
        {
            // --help or --version.
            using var text = new StringWriter();
            var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = text, Error = environment.Error }, cancellationToken).ConfigureAwait(false);
            await environment.Out.WriteAsync(CliOptions.MarkOptionalArguments(text.ToString())).ConfigureAwait(false);
            return code;
        }

        var settings = options.Read(parsed);
        if (Check(settings) is { } problem)
        {
            await environment.Error.WriteLineAsync($"{Name}: {problem}").ConfigureAwait(false);
            return (int)PluginStatus.Unknown;
        }

        try
        {
            return (int)await new BalanceRun(settings, environment).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await environment.Error.WriteLineAsync($"{Name}: {e.Message}").ConfigureAwait(false);
            return (int)PluginStatus.Unknown;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C while the keys were being read (a prompt, standard input).
            await environment.Error.WriteLineAsync($"{Name}: interrupted before the balance was read.").ConfigureAwait(false);
            return (int)PluginStatus.Unknown;
        }
    }

    /// <summary>
    /// The first thing wrong with the arguments, in the tool's words: a token no option took is an unknown option
    /// when written as one, else an argument the tool does not take (it takes options only).
    /// </summary>
    private static string FirstError(ParseResult parsed) => parsed.UnmatchedTokens switch
    {
        [var token, ..] when OptionTokens.LooksLikeOption(token) => $"unknown option '{token}'",
        [var token, ..] => $"unexpected argument '{token}': {Name} takes options only",
        _ => parsed.Errors[0].Message,
    };

    /// <summary>The checks that span options; the message says what to change.</summary>
    private static string? Check(CliSettings settings)
    {
        // Only plain thresholds have an order; ranges may be anything the guidelines allow.
        if (settings is { Warning: { Range: null } warning, Critical: { Range: null } critical } && warning.Measure == critical.Measure && warning.Value < critical.Value)
        {
            return $"the warning threshold {ThresholdText.Format(warning)} is below the critical threshold {ThresholdText.Format(critical)}; warning comes first as the balance falls.";
        }

        if (settings.Watch is { } watch && (watch < ShortestWatch || watch > LongestWatch))
        {
            return $"--watch must be from {ShortestWatch.TotalSeconds:0} seconds to {LongestWatch.TotalHours:0} hours.";
        }

        if (settings.Timeout <= TimeSpan.Zero)
        {
            return "--timeout must be above zero.";
        }

        if (settings.SandboxScenario is not null && settings.BaseAddress is not null)
        {
            return "--sandbox and --base-url cannot be used together: the sandbox answers in-process, at no address; leave out one of them.";
        }

        if (settings.SandboxScenario is not null && settings.Keys != KeySource.Environment)
        {
            var keys = settings.Keys == KeySource.StandardInputLines ? "--keys-stdin" : "--api-key-stdin";
            return $"--sandbox and {keys} cannot be used together: the sandbox has its own key; leave out one of them.";
        }

        return null;
    }
}

/// <summary>A problem with how the tool was called, found after parsing (a missing key, an unreadable output file).</summary>
internal sealed class UsageException(string message) : Exception(message);
