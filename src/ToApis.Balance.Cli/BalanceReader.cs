namespace ToApis.Balance.Cli;

/// <summary>Reads every key's balances of the scope asked for, a few keys at a time, and evaluates them against the thresholds.</summary>
internal sealed class BalanceReader(CliSettings settings)
{
    /// <summary>How many keys are read at once: many keys must not look like a burst to the server.</summary>
    private const int Concurrency = 4;

    /// <summary>Each key's reading and evaluation, in the keys' order.</summary>
    public async Task<List<(KeyReading Reading, Evaluation Evaluation)>> ReadAllAsync(IReadOnlyList<KeyClient> clients, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Concurrency);
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
}
