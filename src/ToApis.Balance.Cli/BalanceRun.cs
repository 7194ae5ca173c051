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
        var keys = sandbox is null ? await ReadKeysAsync(cancellationToken).ConfigureAwait(false) : [sandbox.Options.ApiKey!];

        // The options every key shares (address, timeout) are checked once, with a stand-in key: a mistake there is a
        // usage error said once, not the same failure repeated for every key and every refresh.
        var (shared, _) = Options(StandInKey, sandbox);
        if (CheckOptions(shared) is { } problem)
        {
            throw new UsageException(problem);
        }

        var clients = KeyLabel.ForAll(keys).Select((label, i) => Create(label, keys[i], sandbox)).ToList();
        var status = PluginStatus.Unknown;
        var refreshed = false;
        try
        {
            var console = environment.CreateConsole();
            while (true)
            {
                var results = await ReadAllAsync(clients, console, cancellationToken).ConfigureAwait(false);
                status = results.Select(r => r.Evaluation.Status).Aggregate(PluginStatus.Ok, PluginStatuses.Worst);
                await PrintAsync(results, status, console).ConfigureAwait(false);
                refreshed = true;
                if (settings.Watch is not { } interval)
                {
                    return status;
                }

                await Task.Delay(interval, environment.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: a watch ends with the last refresh's state; a read cut short is not known.
            if (!refreshed)
            {
                await environment.Error.WriteLineAsync($"{Name}: interrupted before the balance was read.").ConfigureAwait(false);
                return PluginStatus.Unknown;
            }

            return status;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Client?.Dispose();
            }
        }
    }

    /// <summary>A key of the usual shape, used only to check the options every key shares; never sent.</summary>
    private const string StandInKey = "sk-0000000000000000000000000000000000000000";

    private static string? CheckOptions(ToApisBalanceClientOptions options)
    {
        try
        {
            using var unused = new HttpClientHandler();
            using var probe = new ToApisBalanceClient(options, unused);
            return null;
        }
        catch (ArgumentException e)
        {
            return Clean(e);
        }
    }

    /// <summary>An options error's message without the parameter name .NET appends.</summary>
    private static string Clean(ArgumentException e) =>
        e.ParamName is { } parameter ? e.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal) : e.Message;

    /// <summary>The options of one key's client, and the handler to send through (the sandbox's, or the SDK's own).</summary>
    private (ToApisBalanceClientOptions Options, HttpMessageHandler? Handler) Options(string key, SandboxConnection? sandbox)
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
            return (options, sandbox.Handler);
        }

        if ((settings.BaseAddress ?? BaseAddressFromEnvironment()) is { } address)
        {
            options.BaseAddress = address;
        }

        return (options, null);
    }

    private KeyClient Create(string label, string key, SandboxConnection? sandbox)
    {
        var (options, handler) = Options(key, sandbox);
        try
        {
            return new KeyClient(label, handler is null ? new ToApisBalanceClient(options) : new ToApisBalanceClient(options, handler), null);
        }
        catch (ArgumentException e)
        {
            // Only the key can be wrong here (the shared options were checked): characters a header cannot carry.
            // The SDK's message never holds the key.
            return new KeyClient(label, null, new ArgumentException(Clean(e)));
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

    private async Task<List<string>> ReadKeysAsync(CancellationToken cancellationToken)
    {
        List<string> keys;
        switch (settings.Keys)
        {
            case KeySource.StandardInputLines:
                keys = [];
                while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    // A key listed twice is read once: its figures would be reported twice under one label.
                    if (line.Trim() is { Length: > 0 } key && !key.StartsWith('#') && !keys.Contains(key, StringComparer.Ordinal))
                    {
                        keys.Add(key);
                    }
                }

                return keys.Count > 0 ? keys : throw new UsageException("--keys-stdin read no key from standard input (one per line; # starts a comment).");
            case KeySource.StandardInputLine:
                return (await ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim() is { Length: > 0 } only
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

    /// <summary>A line of standard input, within the run's timeout: a plugin must not hang on an input that never ends.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await environment.In.ReadLineAsync(cancellationToken).AsTask().WaitAsync(settings.Timeout, environment.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new UsageException($"standard input gave no complete line within {settings.Timeout.TotalSeconds:0.###} s (--timeout); end it with a line break or close it.");
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
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Path.GetRandomFileName());
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"cannot write {full}: {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or it cannot be removed either: the error above is the one to report.
        }
    }
}

/// <summary>A key's client, or why it could not be built.</summary>
internal sealed record KeyClient(string Label, ToApisBalanceClient? Client, ArgumentException? Error);
