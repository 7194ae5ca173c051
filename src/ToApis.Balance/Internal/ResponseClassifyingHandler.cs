namespace ToApis.Balance.Internal;

/// <summary>
/// Reads each response body inside its attempt, so a stalled, truncated or endless body meets the attempt
/// timeout and the retry policy, and no body larger than <see cref="ToApisDefaults.MaxResponseBytes"/> is ever
/// held; then has it classified once (<see cref="ResponseClassifier"/>) and hands the verdict up as the
/// response's content. Failures the server sent are results, not exceptions: the retry policy and the client
/// read them from the content.
/// </summary>
internal sealed class ResponseClassifyingHandler(ResponseClassifier classifier, TimeProvider timeProvider) : DelegatingHandler
{
    /// <summary>When the call started: set at its first attempt (the retry policy re-sends the same request).</summary>
    private static readonly HttpRequestOptionsKey<long> CallStarted = new("ToApis.Balance.CallStarted");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Options.TryGetValue(CallStarted, out var started))
        {
            started = timeProvider.GetTimestamp();
            request.Options.Set(CallStarted, started);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var (body, length, complete) = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var classified = classifier.Classify(request, response, body.AsMemory(0, length), complete, started);
            response.Content.Dispose();
            response.Content = classified;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async ValueTask<(byte[] Body, int Length, bool Complete)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
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
