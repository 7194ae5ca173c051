using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>
/// Reads each response body inside the attempt, so a stalled, truncated or endless body meets the attempt
/// timeout and the retry policy, and no body larger than <see cref="ToApisDefaults.MaxResponseBytes"/> is
/// ever held. It also raises the failures the server sends with HTTP 200 (its transient "used quota"
/// database error among them, which is then retried like a 503).
/// </summary>
internal sealed class ResponseBufferingHandler(ToApisErrorFactory errors) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var (body, length, complete) = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var success = response.IsSuccessStatusCode;
            if (!complete && success)
            {
                throw errors.TooLarge((int)response.StatusCode, body);
            }

            // An oversized error page keeps its start only: its status still decides retries and the error.
            // No Content-Type is carried over (parsing it costs every call): JSON is UTF-8 (RFC 8259), and the
            // body is read as JSON whatever type the server claims.
            var buffered = new ByteArrayContent(body, 0, length);
            response.Content.Dispose();
            response.Content = buffered;

            // Refit turns an empty body (a 204, say) or a JSON null into a null result without a word, and the
            // status would be lost by then: report it here, where the status is still known.
            if (success && IsEmptyOrJsonNull(body.AsSpan(0, length)))
            {
                throw errors.InvalidBody((int)response.StatusCode, body[..length], inner: null);
            }

            // A failure sent with a success status is classified here, once, inside the attempt: the transient
            // ones (the database error above all) are then retried like a 503, the others end the call.
            if (success && FailureMessages.MayBeFailure(body.AsSpan(0, length))
                && errors.FailureInSuccessBody(response, body[..length]) is { } failure)
            {
                throw failure;
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsEmptyOrJsonNull(ReadOnlySpan<byte> body)
    {
        var trimmed = body.Trim(" \t\r\n"u8);
        return trimmed.IsEmpty || trimmed.SequenceEqual("null"u8);
    }

    private static async ValueTask<(byte[] Body, int Length, bool Complete)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        const int Cap = ToApisDefaults.MaxResponseBytes;
        var declared = content.Headers.ContentLength;
        var buffer = new byte[declared is long known and <= Cap ? (int)known : 1024];
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
