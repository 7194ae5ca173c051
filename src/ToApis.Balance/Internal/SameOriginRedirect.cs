namespace ToApis.Balance.Internal;

/// <summary>
/// Redirects within the origin of the request (scheme, host and port) are followed with the API key; any redirect
/// elsewhere is not, so the key never reaches another host (<see cref="ResponseClassifier"/> reports it). The SDK's
/// own primary handler has automatic redirects turned off for this; .NET's would drop the key even on a same-host
/// redirect.
/// </summary>
internal static class SameOriginRedirect
{
    /// <summary>Where to follow <paramref name="response"/> to, or <see langword="null"/> when it is no redirect to follow.</summary>
    public static Uri? Target(HttpRequestMessage sent, HttpResponseMessage response)
    {
        if (!HttpRedirect.IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
        {
            return null;
        }

        var current = sent.RequestUri!;
        var target = location.IsAbsoluteUri ? location : new Uri(current, location);
        return BaseAddressNormalizer.IsSameOrigin(current, target) ? target : null;
    }

    /// <summary>The request to send to <paramref name="target"/>: a GET with the same headers (the key among them) and options.</summary>
    public static HttpRequestMessage Follow(HttpRequestMessage previous, Uri target)
    {
        // The balance endpoints are GETs without a body, so every redirect is followed as a GET.
        var next = new HttpRequestMessage(HttpMethod.Get, target) { Version = previous.Version, VersionPolicy = previous.VersionPolicy };
        foreach (var header in previous.Headers)
        {
            next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in previous.Options)
        {
            ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        }

        return next;
    }
}
