namespace ToApis.Balance.Internal;

/// <summary>Turns the many ways users write the server address into one.</summary>
internal static class BaseAddressNormalizer
{
    /// <summary>
    /// Drops a trailing <c>/</c> and a trailing <c>/v1</c> (as in an OpenAI-style base address), keeping any
    /// other path prefix, so that <c>/v1/balance</c> is never requested as <c>/v1/v1/balance</c>.
    /// </summary>
    public static Uri Normalize(Uri address)
    {
        var path = address.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3].TrimEnd('/');
        }

        return new UriBuilder(address) { Path = path + "/", Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    /// <summary>The scheme, host and port of an address: what may appear in messages.</summary>
    /// <remarks>Never the user info (<c>user:password@</c>): that is a credential, and GetLeftPart(Authority) would keep it.</remarks>
    public static string Origin(Uri address) =>
        address.IsAbsoluteUri ? address.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) : "(relative address)";

    /// <summary>
    /// The address for display: scheme, host, port and path, never user info (<c>user:password@</c>), a query or
    /// a fragment, any of which can hold a credential.
    /// </summary>
    public static string? ForDisplay(Uri? address) =>
        address is { IsAbsoluteUri: true }
            ? address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : address?.ToString();

    public static bool IsSameOrigin(Uri left, Uri right) =>
        string.Equals(left.Scheme, right.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(left.IdnHost, right.IdnHost, StringComparison.OrdinalIgnoreCase)
        && left.Port == right.Port;
}
