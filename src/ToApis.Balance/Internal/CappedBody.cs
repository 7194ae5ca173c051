using System.Buffers;
using System.Runtime.CompilerServices;

namespace ToApis.Balance.Internal;

/// <summary>
/// A response body read whole, but never more than <see cref="ToApisDefaults.MaxResponseBytes"/> of it: a balance
/// is about 200 bytes, and an endless or huge body must not be held. Its buffer is rented from the shared pool;
/// whoever keeps it (<see cref="ClassifiedContent"/>) returns it.
/// </summary>
/// <param name="Buffer">The rented buffer; the body is its first <paramref name="Length"/> bytes.</param>
/// <param name="Length">The length of the body read.</param>
/// <param name="Complete">Whether the body ended within the cap.</param>
internal readonly record struct CappedBody(byte[] Buffer, int Length, bool Complete)
{
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<CappedBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        const int Cap = ToApisDefaults.MaxResponseBytes;
        var declared = content.Headers.ContentLength;
        if (declared > Cap)
        {
            // Announced over the cap: not a balance, whatever it holds. Only its start is read, for the message.
            declared = null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(declared is long known ? (int)known : 1024);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == declared)
                    {
                        // The connection enforces Content-Length framing: nothing more will come.
                        return new CappedBody(buffer, length, Complete: true);
                    }

                    if (length >= Cap)
                    {
                        // Full at the cap: one more byte means the body is over it.
                        var probe = new byte[1];
                        return new CappedBody(buffer, length, await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0);
                    }

                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, Cap));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, Cap) - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new CappedBody(buffer, length, Complete: true);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            // The body never reached its owner: its buffer (the grown one, if it grew) goes back here.
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
