using System.Buffers;
using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>
/// The body of a response once read and classified as a balance inside its attempt: the client reads the
/// balance from here, mapped once.
/// </summary>
/// <remarks>It owns the body's pooled buffer and returns it to the pool when disposed.</remarks>
internal sealed class ClassifiedContent : HttpContent
{
    private readonly int length;
    private byte[]? buffer;

    public ClassifiedContent(CappedBody body, BalanceSnapshot balance)
    {
        buffer = body.Buffer;
        length = body.Length;
        Balance = balance;
    }

    /// <summary>The balance the server sent, as the endpoint's public record.</summary>
    public BalanceSnapshot Balance { get; }

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
