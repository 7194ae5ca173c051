namespace ToApis.Balance.Internal;

/// <summary>Finds the key to use: the configured one, else the <c>TOAPIS_API_KEY</c> environment variable.</summary>
internal static class ApiKeyResolver
{
    public static string? Resolve(string? configuredKey) =>
        string.IsNullOrWhiteSpace(configuredKey)
            ? Environment.GetEnvironmentVariable(ToApisDefaults.ApiKeyEnvironmentVariable)?.Trim()
            : configuredKey.Trim();
}
