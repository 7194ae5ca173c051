using System.Collections.Concurrent;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>A pass-through handler that records the Authorization header and address of every request it sees.</summary>
internal sealed class RecordingDelegatingHandler : DelegatingHandler
{
    public ConcurrentQueue<(string? Authorization, Uri? RequestUri)> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue((request.Headers.Authorization?.ToString(), request.RequestUri));
        return base.SendAsync(request, cancellationToken);
    }
}
