namespace ToApis.Balance.Cli;

/// <summary>A key's client, or why it could not be built.</summary>
/// <param name="Label">The masked name of the key (<see cref="KeyLabel"/>).</param>
/// <param name="Client">The key's client, or <see langword="null"/> when the key cannot be sent.</param>
/// <param name="Error">Why the client could not be built (its message never holds the key).</param>
internal sealed record KeyClient(string Label, ToApisBalanceClient? Client, ArgumentException? Error);
