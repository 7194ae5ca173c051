namespace ToApis.Balance.Cli;

/// <summary>A key and where the operator gave it, in the tool's terms, so every message about it can say so.</summary>
/// <param name="Key">The key; never printed.</param>
/// <param name="Origin">Where it came from: <c>TOAPIS_API_KEY</c>, <c>--api-key-stdin</c>, <c>line 3 of --keys-stdin</c>, <c>the prompt</c> or <c>--sandbox</c>.</param>
internal sealed record SourcedKey(string Key, string Origin);
