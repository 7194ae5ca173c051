namespace ToApis.Balance.Internal;

/// <summary>
/// The name of the <c>IHttpClientFactory</c> client behind each balance client, in one place: the core registers it,
/// and the packages that extend the builder <c>AddToApisBalanceClient</c> returns (caching, monitoring) read the
/// balance client's name back from it. Compiled into each of those assemblies (shared source, internal in each), so no
/// public API exists only for this.
/// </summary>
internal static class ToApisHttpClientNames
{
    private const string Prefix = "ToApis.Balance";

    /// <summary>The HTTP client's name for a balance client: <c>ToApis.Balance</c>, or <c>ToApis.Balance:name</c>.</summary>
    public static string For(string clientName) => clientName.Length == 0 ? Prefix : Prefix + ":" + clientName;

    /// <summary>The balance client's name for an HTTP client's: <c>""</c> for the unnamed one, <see langword="null"/> when it is no balance client's.</summary>
    public static string? ClientName(string httpClientName)
    {
        if (httpClientName == Prefix)
        {
            return string.Empty;
        }

        return httpClientName.StartsWith(Prefix + ":", StringComparison.Ordinal) ? httpClientName[(Prefix.Length + 1)..] : null;
    }
}
