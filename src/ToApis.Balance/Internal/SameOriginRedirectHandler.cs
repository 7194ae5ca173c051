using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>
/// Follows redirects within the origin of the request (scheme, host and port), keeping the API key, and
/// refuses any redirect elsewhere, so the key never reaches another host. The SDK's own primary handler has
/// automatic redirects turned off for this; .NET's would drop the key even on a same-host redirect.
/// </summary>
internal sealed class SameOriginRedirectHandler(ToApisErrorFactory errors) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hop = 0; hop < ToApisDefaults.MaxRedirects && IsRedirect(response.StatusCode); hop++)
        {
            var current = request.RequestUri!;
            var location = response.Headers.Location;
            if (location is null)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(current, location);
            var status = (int)response.StatusCode;
            response.Dispose();
            if (!BaseAddressNormalizer.IsSameOrigin(current, target))
            {
                throw errors.RedirectRefused(status, target);
            }

            request = Follow(request, target);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (IsRedirect(response.StatusCode) && response.Headers.Location is not null)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw errors.TooManyRedirects(status);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

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
