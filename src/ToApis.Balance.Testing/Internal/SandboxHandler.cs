using System.Net;
using System.Net.Http.Headers;

namespace ToApis.Balance.Testing.Internal;

/// <summary>The in-process mode: a terminal handler that answers from the engine, with no socket and no port.</summary>
internal sealed class SandboxHandler(SandboxEngine engine) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = SandboxRequest.NewHeaders();
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "/";
        var answer = await engine.RespondAsync(new SandboxRequest(request.Method.Method, path, headers), cancellationToken).ConfigureAwait(false);

        var content = new ByteArrayContent(answer.Body);
        if (answer.ContentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(answer.ContentType);
        }

        var response = new HttpResponseMessage((HttpStatusCode)answer.StatusCode) { RequestMessage = request, Content = content };
        if (answer.RetryAfter is TimeSpan retryAfter)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(RetryAfterSeconds(retryAfter));
        }

        return response;
    }

    /// <summary><c>Retry-After</c> carries whole seconds: a fraction is rounded up, so the client never retries early.</summary>
    internal static TimeSpan RetryAfterSeconds(TimeSpan retryAfter) => TimeSpan.FromSeconds(Math.Ceiling(retryAfter.TotalSeconds));
}
