using System.Net;
using System.Net.Http.Headers;

namespace ToApis.Balance.Benchmarks;

/// <summary>The in-process transport: answers every request at once with the benchmark body, as a new content each call.</summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(BenchmarkBody.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = BenchmarkBody.Bytes.Length;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
