using System.Collections.ObjectModel;

namespace ToApis.Balance.Testing.Internal;

/// <summary>A request as either mode hands it to the engine: its headers by case-insensitive name, values joined.</summary>
internal sealed record SandboxRequest(string Method, string Path, Dictionary<string, string> Headers)
{
    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization"];

    public static Dictionary<string, string> NewHeaders() => new(StringComparer.OrdinalIgnoreCase);

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>The request for the log: every credential replaced by <c>***</c>, its scheme kept.</summary>
    public ToApisSandboxRequest ToRecord(DateTimeOffset receivedAt)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
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
}
