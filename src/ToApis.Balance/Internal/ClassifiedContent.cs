using System.Buffers;
using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>
/// The body of a response once read and classified inside its attempt: either the balance it holds or the
/// failure it stands for, and whether that failure is worth another attempt. The retry policy and the client
/// both read the decision from here, so it is made once.
/// </summary>
/// <remarks>It owns the body's pooled buffer and returns it to the pool when disposed.</remarks>
internal sealed class ClassifiedContent : HttpContent
{
    private readonly int length;
    private byte[]? buffer;

    private ClassifiedContent(CappedBody body, BalanceSnapshot? balance, ToApisException? failure, bool retryable)
    {
        buffer = body.Buffer;
        length = body.Length;
        Balance = balance;
        Failure = failure;
        Retryable = retryable;
    }

    /// <summary>The balance the server sent, as the endpoint's public record, when the response is one.</summary>
    public BalanceSnapshot? Balance { get; }

    /// <summary>The failure the response stands for, or <see langword="null"/> for a balance.</summary>
    public ToApisException? Failure { get; }

    /// <summary>Whether another attempt may succeed (a transient failure whose <c>Retry-After</c> fits).</summary>
    public bool Retryable { get; }

    public static ClassifiedContent Succeeded(CappedBody body, BalanceSnapshot balance) => new(body, balance, failure: null, retryable: false);

    public static ClassifiedContent Failed(CappedBody body, ToApisException failure, bool retryable) => new(body, balance: null, failure, retryable);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(buffer ?? throw new ObjectDisposedException(nameof(ClassifiedContent)), 0, length);

    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref buffer, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }
}
