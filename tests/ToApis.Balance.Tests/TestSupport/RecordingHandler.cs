using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// A terminal handler that records every request it receives (with its <c>Authorization</c> header) and
/// answers from a queue of responses, the last one for good. No network involved.
/// </summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Func<HttpResponseMessage>[] responses;
    private int next;

    public RecordingHandler(params Func<HttpResponseMessage>[] responses)
    {
        this.responses = responses.Length > 0 ? responses : [() => Json(HttpStatusCode.OK, Bodies.Full)];
    }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public bool IsDisposed { get; private set; }

    /// <summary>A handler that answers every request with HTTP 200 and <paramref name="body"/>.</summary>
    public static RecordingHandler Answering(string body) => new(() => Json(HttpStatusCode.OK, body));

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(", ", values) : null;
        requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri, authorization));
        var index = Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1);
        var response = responses[index]();
        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}

/// <summary>What <see cref="RecordingHandler"/> saw of one request.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri? RequestUri, string? Authorization);
