using System.Collections.ObjectModel;

namespace ToApis.Balance.Testing.Internal;

/// <summary>A request as either mode hands it to the engine: its headers by case-insensitive name, values joined.</summary>
internal sealed record SandboxRequest(string Method, string Path, Dictionary<string, string> Headers)
{
    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization"];

    public static Dictionary<string, string> NewHeaders() => new(StringComparer.OrdinalIgnoreCase);

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>
    /// The request for the log: every credential replaced by <c>***</c>, its scheme kept, and the bearer key wherever
    /// else it appears (a header an app adds, such as <c>X-Api-Key</c>), without its <c>sk-</c> prefix too.
    /// </summary>
    public ToApisSandboxRequest ToRecord(DateTimeOffset receivedAt)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        if (BearerKey() is { } key)
        {
            var body = key.StartsWith("sk-", StringComparison.OrdinalIgnoreCase) && key.Length > 3 ? key[3..] : key;
            foreach (var (name, value) in Headers)
            {
                if (value.Contains(body, StringComparison.OrdinalIgnoreCase))
                {
                    headers[name] = value.Replace(key, "***", StringComparison.OrdinalIgnoreCase).Replace(body, "***", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        foreach (var name in CredentialHeaders)
        {
            if (headers.TryGetValue(name, out var value))
            {
                var space = value.Trim().IndexOf(' ', StringComparison.Ordinal);
                headers[name] = space > 0 ? value.Trim()[..space] + " ***" : "***";
            }
        }

        return new ToApisSandboxRequest(Method, Path, new ReadOnlyDictionary<string, string>(headers), receivedAt);
    }

    /// <summary>The key of a <c>Bearer</c> authorization, when it is long enough to mask without masking ordinary text.</summary>
    private string? BearerKey()
    {
        var value = Authorization?.Trim();
        const string Scheme = "Bearer ";
        return value is not null && value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && value[Scheme.Length..].Trim() is { Length: >= 8 } key
            ? key
            : null;
    }
}
