using Spectre.Console;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli;

/// <summary>
/// Where a refresh's results go: the format asked for, to standard output or to a file (with the plugin line still on
/// standard output), each failed key's reason to standard error, and a spinner while waiting for people at a terminal.
/// </summary>
internal sealed class OutputSink(CliSettings settings, CliEnvironment environment, IAnsiConsole console)
{
    /// <summary>Runs a read, with a spinner for people at a terminal only: never in machine formats, files or CI.</summary>
    public async Task<T> WhileReadingAsync<T>(Func<Task<T>> read) =>
        settings.Format == OutputFormat.Table && settings.OutputFile is null && console.Profile.Capabilities.Interactive
            ? await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Reading balances…", _ => read()).ConfigureAwait(false)
            : await read().ConfigureAwait(false);

    /// <summary>Prints one refresh's results and its overall state.</summary>
    /// <exception cref="UsageException">The output file cannot be written.</exception>
    public async Task PrintAsync(List<(KeyReading Reading, Evaluation Evaluation)> results, PluginStatus status)
    {
        foreach (var (reading, evaluation) in results)
        {
            if (reading.Error is not null && !ShownOnTheSameTerminal())
            {
                await environment.Error.WriteLineAsync($"{CliApplication.Name}: {(results.Count > 1 ? reading.Label + ": " : string.Empty)}{evaluation.Summary}").ConfigureAwait(false);
            }
        }

        var plugin = settings.HasThresholds ? PluginLine.For(results, status, settings) : null;
        string? text = settings.Format switch
        {
            OutputFormat.Json => JsonOutput.Write(results, status, settings, indented: settings.Watch is null) + "\n",
            OutputFormat.Prometheus => PrometheusOutput.Write(results, settings),
            _ => null,
        };

        if (settings.OutputFile is { } file)
        {
            await AtomicFile.WriteAsync(file, text ?? (plugin is null ? string.Empty : plugin + "\n") + PlainTable(results)).ConfigureAwait(false);
            if (plugin is not null)
            {
                // A monitoring agent reads the state from standard output's first line, wherever the figures go.
                await environment.Out.WriteLineAsync(plugin).ConfigureAwait(false);
            }

            return;
        }

        if (text is not null)
        {
            await environment.Out.WriteAsync(text).ConfigureAwait(false);
            await environment.Out.FlushAsync().ConfigureAwait(false);
            return;
        }

        if (settings.Watch is not null && console.Profile.Capabilities.Interactive)
        {
            // Refresh in place.
            console.Clear(home: true);
        }

        if (plugin is not null)
        {
            console.Profile.Out.Writer.WriteLine(plugin);
        }

        console.Write(TableOutput.Render(results, settings));
        await environment.Out.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Whether standard output already shows each failed key's reason (the table, the JSON, or the plugin line when the
    /// figures go to a file) on the terminal standard error shows on: a person reads it once. Scripts, whose streams
    /// are apart, still get it on standard error.
    /// </summary>
    private bool ShownOnTheSameTerminal() =>
        environment.ErrorIsOutputTerminal && (settings.OutputFile is null ? settings.Format != OutputFormat.Prometheus : settings.HasThresholds);

    /// <summary>The table without colour or terminal codes, for a file.</summary>
    private string PlainTable(List<(KeyReading Reading, Evaluation Evaluation)> results)
    {
        using var writer = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        plain.Write(TableOutput.Render(results, settings));
        return writer.ToString();
    }
}
