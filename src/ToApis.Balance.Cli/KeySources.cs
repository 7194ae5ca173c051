using ToApis.Balance.Internal;

namespace ToApis.Balance.Cli;

/// <summary>Where a run's keys come from: standard input (one key, or one a line), else the environment, else a prompt.</summary>
internal sealed class KeySources(CliSettings settings, CliEnvironment environment)
{
    /// <summary>The keys to read, each once, in the order given, with where each came from.</summary>
    /// <exception cref="UsageException">No key was found, or standard input gave no complete line in time.</exception>
    public async Task<List<SourcedKey>> ReadAsync(CancellationToken cancellationToken)
    {
        switch (settings.Keys)
        {
            case KeySource.StandardInputLines:
                var keys = new List<SourcedKey>();
                var number = 0;
                while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    number++;

                    // A key listed twice is read once: its figures would be reported twice under one label.
                    if (line.Trim() is { Length: > 0 } key && !key.StartsWith('#') && !keys.Exists(k => string.Equals(k.Key, key, StringComparison.Ordinal)))
                    {
                        keys.Add(new(key, $"line {number} of --keys-stdin"));
                    }
                }

                return keys.Count > 0 ? keys : throw new UsageException("--keys-stdin read no key from standard input (one per line; # starts a comment).");
            case KeySource.StandardInputLine:
                return (await ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim() is { Length: > 0 } only
                    ? [new(only, "--api-key-stdin")]
                    : throw new UsageException("--api-key-stdin read no key from standard input.");
            default:
                if (environment.GetVariable(ToApisEnvironmentVariables.ApiKey)?.Trim() is { Length: > 0 } fromEnvironment)
                {
                    return [new(fromEnvironment, ToApisEnvironmentVariables.ApiKey)];
                }

                if (environment.PromptSecret is { } prompt && !environment.InContinuousIntegration && prompt("ToAPIs API key (not shown): ")?.Trim() is { Length: > 0 } typed)
                {
                    return [new(typed, "the prompt")];
                }

                throw new UsageException($"no API key: set {ToApisEnvironmentVariables.ApiKey}, pass --api-key-stdin or --keys-stdin, or try --sandbox.");
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
}
