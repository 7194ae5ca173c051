namespace ToApis.Balance.Internal;

/// <summary>
/// The environment variable the unnamed client reads its key from, spelt once: the core reads it, and the CLI looks
/// for a key there before it prompts. Compiled into each of those assemblies (shared source, internal in each), so no
/// public API exists only for this.
/// </summary>
internal static class ToApisEnvironmentVariables
{
    /// <summary>The variable that holds the API key: <c>TOAPIS_API_KEY</c>.</summary>
    public const string ApiKey = "TOAPIS_API_KEY";
}
