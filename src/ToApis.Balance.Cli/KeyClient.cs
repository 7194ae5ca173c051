namespace ToApis.Balance.Cli;

/// <summary>A key's client, or why it could not be built.</summary>
/// <param name="Label">The masked name of the key (<see cref="KeyLabel"/>).</param>
/// <param name="Origin">Where the key came from (<see cref="SourcedKey.Origin"/>).</param>
/// <param name="Client">The key's client, or <see langword="null"/> when the key cannot be sent.</param>
/// <param name="Attempts">The handler under the client that counts its attempts, owned with it.</param>
/// <param name="Error">Why the client could not be built, in the tool's words (its message never holds the key).</param>
internal sealed record KeyClient(string Label, string Origin, ToApisBalanceClient? Client, AttemptCounter? Attempts, Exception? Error) : IDisposable
{
    public void Dispose()
    {
        Client?.Dispose();
        Attempts?.Dispose();
    }
}
