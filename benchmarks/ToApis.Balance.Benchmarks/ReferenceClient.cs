using System.Net;
using System.Text.Json;
using Refit;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The reference design with Refit kept, as issue 17 describes it: the source-generated client sends the request and
/// hands back the response, whose body a handler has read and deserialized inside the send; the caller takes the
/// typed result from it. What an SDK built on this design cannot go below without dropping Refit: the SDK's own share
/// is what it costs above this.
/// </summary>
internal sealed class ReferenceClient(IRefitResponseApi api)
{
    public async Task<BalanceDto> GetUserBalanceAsync(CancellationToken cancellationToken = default)
    {
        using var response = await api.GetUserBalanceAsync(cancellationToken).ConfigureAwait(false);
        return ((ReadContent)response.Content).Balance;
    }

    /// <summary>The handler that reads and deserializes each body inside the send, then carries the result up as the content.</summary>
    public sealed class ReadingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            BalanceDto balance;
            await using (stream.ConfigureAwait(false))
            {
                balance = await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.BalanceDto, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The body was null.");
            }

            response.Content.Dispose();
            response.Content = new ReadContent(balance);
            return response;
        }
    }

    /// <summary>A read body's result, carried as the response's content; it has no bytes of its own.</summary>
    private sealed class ReadContent(BalanceDto balance) : HttpContent
    {
        public BalanceDto Balance { get; } = balance;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.CompletedTask;

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>The reference's Refit interface: the request described, the response handed back whole.</summary>
public interface IRefitResponseApi
{
    [Get(BenchmarkBody.UserPath)]
    Task<HttpResponseMessage> GetUserBalanceAsync(CancellationToken cancellationToken = default);
}
