namespace ToApis.Balance.Internal;

/// <summary>
/// Follows redirects within the origin of the request (scheme, host and port), keeping the API key, up to
/// <see cref="ToApisDefaults.MaxRedirects"/> hops. A redirect elsewhere, or one hop too many, is handed up
/// unfollowed, and <see cref="ResponseClassifier"/> reports it, so the key never reaches another host. The SDK's
/// own primary handler has automatic redirects turned off for this; .NET's would drop the key even on a
/// same-host redirect.
/// </summary>
internal sealed class SameOriginRedirectHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hop = 0; hop < ToApisDefaults.MaxRedirects && HttpRedirect.IsRedirect(response.StatusCode); hop++)
        {
            var current = request.RequestUri!;
            if (response.Headers.Location is not { } location)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(current, location);
            if (!BaseAddressNormalizer.IsSameOrigin(current, target))
            {
                return response;
            }

            response.Dispose();
            request = Follow(request, target);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static HttpRequestMessage Follow(HttpRequestMessage previous, Uri target)
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
