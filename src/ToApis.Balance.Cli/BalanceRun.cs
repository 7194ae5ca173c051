using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli;

/// <summary>
/// One invocation after parsing: find the keys (<see cref="KeySources"/>), build their clients
/// (<see cref="KeyClientFactory"/>), read them (<see cref="BalanceReader"/>), print (<see cref="OutputSink"/>), and
/// repeat with <c>--watch</c>.
/// </summary>
internal sealed class BalanceRun(CliSettings settings, CliEnvironment environment)
{
    public async Task<PluginStatus> RunAsync(CancellationToken cancellationToken)
    {
        using var sandbox = settings.SandboxScenario is { } scenario ? environment.Sandbox.Connect(scenario) : null;
        if (sandbox is not null)
        {
            await NoteUnusedVariablesAsync().ConfigureAwait(false);
        }

        var keys = sandbox is null ? await new KeySources(settings, environment).ReadAsync(cancellationToken).ConfigureAwait(false) : [new(sandbox.Options.ApiKey!, "--sandbox")];

        var factory = new KeyClientFactory(settings, environment, sandbox);
        factory.CheckSharedOptions();
        var clients = KeyLabel.ForAll([.. keys.Select(k => k.Key)]).Select((label, i) => factory.Create(label, keys[i])).ToList();
        var reader = new BalanceReader(settings, environment.Time, factory.AddressOrigin);
        var status = PluginStatus.Unknown;
        var refreshed = false;
        try
        {
            var sink = new OutputSink(settings, environment, environment.CreateConsole());
            while (true)
            {
                var results = await sink.WhileReadingAsync(() => reader.ReadAllAsync(clients, cancellationToken)).ConfigureAwait(false);
                status = results.Select(r => r.Evaluation.Status).Aggregate(PluginStatus.Ok, PluginStatuses.Worst);
                await sink.PrintAsync(results, status).ConfigureAwait(false);
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
                await environment.Error.WriteLineAsync($"{CliApplication.Name}: interrupted before the balance was read.").ConfigureAwait(false);
                return PluginStatus.Unknown;
            }

            return status;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// Says once, by name and never by value, which of the key's and the address's variables the sandbox leaves
    /// unused: an operator who set them must not believe they were read.
    /// </summary>
    private async Task NoteUnusedVariablesAsync()
    {
        string[] unused = [.. new[] { ToApisEnvironmentVariables.ApiKey, KeyClientFactory.BaseAddressVariable }.Where(name => !string.IsNullOrEmpty(environment.GetVariable(name)))];
        if (unused.Length > 0)
        {
            var names = string.Join(" and ", unused);
            await environment.Error.WriteLineAsync($"{CliApplication.Name}: {names} {(unused.Length == 1 ? "is" : "are")} set but not used: --sandbox has its own key and address.").ConfigureAwait(false);
        }
    }
}
