namespace ToApis.Balance.Internal;

/// <summary>
/// Reads a response body whole, but never more than <see cref="ToApisDefaults.MaxResponseBytes"/> of it: a balance
/// is about 200 bytes, and an endless or huge body must not be held.
/// </summary>
internal static class CappedBody
{
    public static async ValueTask<(byte[] Body, int Length, bool Complete)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        const int Cap = ToApisDefaults.MaxResponseBytes;
        var declared = content.Headers.ContentLength;
        if (declared > Cap)
        {
            // Announced over the cap: not a balance, whatever it holds. Only its start is read, for the message.
            declared = null;
        }

        var buffer = new byte[declared is long known ? (int)known : 1024];
        var length = 0;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length == declared)
                    {
                        // The connection enforces Content-Length framing: nothing more will come.
                        return (buffer, length, true);
                    }

                    if (length >= Cap)
                    {
                        // Full at the cap: one more byte means the body is over it.
                        var probe = new byte[1];
                        return (buffer, length, await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0);
                    }

                    Array.Resize(ref buffer, Math.Min(Math.Max(buffer.Length * 2, 1024), Cap));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length, true);
                }

                length += read;
            }
        }
    }
}
