namespace ToApis.Balance.Internal;

/// <summary>Adds <c>Authorization: Bearer &lt;key&gt;</c> to every request, from a header value built once.</summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly string headerValue;

    public BearerTokenHandler(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        headerValue = "Bearer " + apiKey;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", headerValue);
        return base.SendAsync(request, cancellationToken);
    }
}
