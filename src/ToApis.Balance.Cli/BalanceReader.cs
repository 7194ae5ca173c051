namespace ToApis.Balance.Cli;

/// <summary>Reads every key's balances of the scope asked for, a few keys at a time, and evaluates them against the thresholds.</summary>
/// <param name="settings">The run's settings.</param>
/// <param name="time">The clock that times a read, for a failure's "after 4 attempts in 7.3 s".</param>
/// <param name="addressOrigin">Where the server's address came from, for messages that name it.</param>
internal sealed class BalanceReader(CliSettings settings, TimeProvider time, string addressOrigin)
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
                return await ReadOneAsync(c, cancellationToken).ConfigureAwait(false) with { Origin = c.Origin };
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

        key.Attempts?.Reset();
        var started = time.GetTimestamp();
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
            var message = ToolWords.Failure(e, key, addressOrigin, key.Attempts?.Attempts ?? 1, time.GetElapsedTime(started));
            return new KeyReading(label, settings.Scope, null, null, new ReadFailure(message, e));
        }

        async Task<KeyReading> BothAsync()
        {
            var both = await client.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
            return new KeyReading(label, settings.Scope, both.Token, both.User, null);
        }
    }
}
