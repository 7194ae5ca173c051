using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ToApis.Balance.Tests;

/// <summary>A terminal handler that answers every request with HTTP 200 and a fixed JSON body, and records what it received.</summary>
internal sealed class StubHandler(string body) : HttpMessageHandler
{
    public ConcurrentQueue<(string? Authorization, Uri? RequestUri)> Requests { get; } = new();

    public bool IsDisposed { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Requests.Enqueue((request.Headers.Authorization?.ToString(), request.RequestUri));
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        });
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
