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

    /// <summary>
    /// Reports no length. Refit reads the <c>Content-Length</c> of every response it hands back, and a computed length
    /// is then stored as a parsed header (an entry array, its item, a boxed number: about 140 bytes a call) that no one
    /// reads. A handler above the SDK that reads this content still gets every byte.
    /// </summary>
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
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
