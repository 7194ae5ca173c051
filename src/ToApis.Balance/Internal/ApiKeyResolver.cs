namespace ToApis.Balance.Internal;

/// <summary>Finds the key to use: the configured one, else (for the unnamed client only) the <c>TOAPIS_API_KEY</c> environment variable.</summary>
internal static class ApiKeyResolver
{
    public static string? Resolve(string? configuredKey, ClientIdentity identity) =>
        !string.IsNullOrWhiteSpace(configuredKey) ? configuredKey.Trim()
        : identity.ReadsEnvironmentKey ? Environment.GetEnvironmentVariable(ToApisDefaults.ApiKeyEnvironmentVariable)?.Trim()
        : null;
}
