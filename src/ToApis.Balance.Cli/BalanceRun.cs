using Spectre.Console;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli;

/// <summary>One invocation after parsing: find the keys, read each key's balances, print, repeat with <c>--watch</c>.</summary>
internal sealed class BalanceRun(CliSettings settings, CliEnvironment environment)
{
    private const string Name = "toapis-balance";

    public async Task<PluginStatus> RunAsync(CancellationToken cancellationToken)
    {
        using var sandbox = settings.SandboxScenario is { } scenario ? environment.Sandbox.Connect(scenario) : null;
        var keys = sandbox is null ? await ReadKeysAsync().ConfigureAwait(false) : [sandbox.Options.ApiKey!];
        var clients = keys.Select((key, i) => Create(KeyLabel.For(key, i + 1), key, sandbox)).ToList();
        try
        {
            var console = environment.CreateConsole();
            var status = PluginStatus.Unknown;
            while (true)
            {
                var results = await ReadAllAsync(clients, console, cancellationToken).ConfigureAwait(false);
                status = results.Select(r => r.Evaluation.Status).Aggregate(PluginStatus.Ok, PluginStatuses.Worst);
                await PrintAsync(results, status, console).ConfigureAwait(false);
                if (settings.Watch is not { } interval)
                {
                    return status;
                }

                try
                {
                    await Task.Delay(interval, environment.Time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C ends a watch; the exit code is the last refresh's.
                    return status;
                }
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Client?.Dispose();
            }
        }
    }

    private KeyClient Create(string label, string key, SandboxConnection? sandbox)
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = key,
            BalanceUnit = settings.Unit,
            TotalTimeout = settings.Timeout,
            AttemptTimeout = settings.Timeout < TimeSpan.FromSeconds(10) ? settings.Timeout : TimeSpan.FromSeconds(10),
        };
        if (sandbox is not null)
        {
            options.BaseAddress = sandbox.Options.BaseAddress;
            return new KeyClient(label, new ToApisBalanceClient(options, sandbox.Handler), null);
        }

        if ((settings.BaseAddress ?? BaseAddressFromEnvironment()) is { } address)
        {
            options.BaseAddress = address;
        }

        try
        {
            return new KeyClient(label, new ToApisBalanceClient(options), null);
        }
        catch (ArgumentException e)
        {
            // Reported with this key's results (a key with characters a header cannot carry); the SDK's message never holds the key.
            var message = e.ParamName is { } parameter ? e.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal) : e.Message;
            return new KeyClient(label, null, new ArgumentException(message));
        }
    }

    private Uri? BaseAddressFromEnvironment()
    {
        if (environment.GetVariable("TOAPIS_BASE_URL") is not { Length: > 0 } text)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var address)
            ? address
            : throw new UsageException("TOAPIS_BASE_URL is not an absolute address such as https://toapis.com.");
    }

    private async Task<List<string>> ReadKeysAsync()
    {
        List<string> keys;
        switch (settings.Keys)
        {
            case KeySource.StandardInputLines:
                keys = [];
                while (await environment.In.ReadLineAsync().ConfigureAwait(false) is { } line)
                {
                    if (line.Trim() is { Length: > 0 } key && !key.StartsWith('#'))
                    {
                        keys.Add(key);
                    }
                }

                return keys.Count > 0 ? keys : throw new UsageException("--keys-stdin read no key from standard input (one per line; # starts a comment).");
            case KeySource.StandardInputLine:
                return (await environment.In.ReadLineAsync().ConfigureAwait(false))?.Trim() is { Length: > 0 } only
                    ? [only]
                    : throw new UsageException("--api-key-stdin read no key from standard input.");
            default:
                if (environment.GetVariable("TOAPIS_API_KEY")?.Trim() is { Length: > 0 } fromEnvironment)
                {
                    return [fromEnvironment];
                }

                if (environment.PromptSecret is { } prompt && !environment.InContinuousIntegration && prompt("ToAPIs API key (not shown): ")?.Trim() is { Length: > 0 } typed)
                {
                    return [typed];
                }

                throw new UsageException("no API key: set TOAPIS_API_KEY, pass --api-key-stdin or --keys-stdin, or try --sandbox.");
        }
    }

    private async Task<List<(KeyReading Reading, Evaluation Evaluation)>> ReadAllAsync(
        List<KeyClient> clients, IAnsiConsole console, CancellationToken cancellationToken)
    {
        async Task<List<(KeyReading, Evaluation)>> ReadAsync()
        {
            // A few keys at a time: many keys must not look like a burst to the server.
            using var gate = new SemaphoreSlim(4);
            var readings = await Task.WhenAll(clients.Select(async c =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await ReadOneAsync(c, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
            return [.. readings.Select(r => (r, Evaluation.Of(r, settings.Warning, settings.Critical)))];
        }

        // A spinner while waiting on the network: for people at a terminal only, never in machine formats or CI.
        return settings.Format == OutputFormat.Table && settings.OutputFile is null && console.Profile.Capabilities.Interactive
            ? await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Reading balances…", _ => ReadAsync()).ConfigureAwait(false)
            : await ReadAsync().ConfigureAwait(false);
    }

    private async Task<KeyReading> ReadOneAsync(KeyClient key, CancellationToken cancellationToken)
    {
        var label = key.Label;
        if (key.Client is not { } client)
        {
            return new KeyReading(label, settings.Scope, null, null, key.Error);
        }

        try
        {
            return settings.Scope switch
            {
                BalanceScope.Token => new KeyReading(label, settings.Scope, await client.GetTokenBalanceAsync(cancellationToken).ConfigureAwait(false), null, null),
                BalanceScope.User => new KeyReading(label, settings.Scope, null, await client.GetUserBalanceAsync(cancellationToken).ConfigureAwait(false), null),
                _ => await BothAsync().ConfigureAwait(false),
            };
        }
        catch (ToApisException e)
        {
            return new KeyReading(label, settings.Scope, null, null, e);
        }

        async Task<KeyReading> BothAsync()
        {
            var both = await client.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
            return new KeyReading(label, settings.Scope, both.Token, both.User, null);
        }
    }

    private async Task PrintAsync(List<(KeyReading Reading, Evaluation Evaluation)> results, PluginStatus status, IAnsiConsole console)
    {
        foreach (var (reading, evaluation) in results)
        {
            if (reading.Error is not null)
            {
                await environment.Error.WriteLineAsync($"{Name}: {(results.Count > 1 ? reading.Label + ": " : string.Empty)}{evaluation.Summary}").ConfigureAwait(false);
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
            await WriteFileAsync(file, text ?? (plugin is null ? string.Empty : plugin + "\n") + PlainTable(results)).ConfigureAwait(false);
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

    /// <summary>Writes beside the target and renames over it, so a collector never reads half a file.</summary>
    private static async Task WriteFileAsync(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + "." + Environment.ProcessId + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write {full}: {e.Message}");
        }
    }
}

/// <summary>A key's client, or why it could not be built.</summary>
internal sealed record KeyClient(string Label, ToApisBalanceClient? Client, ArgumentException? Error);
