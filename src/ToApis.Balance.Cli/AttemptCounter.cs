namespace ToApis.Balance.Cli;

/// <summary>
/// Counts the requests a client sends, under the SDK's retries, so a failed read can say how many attempts it made:
/// the SDK's exceptions do not carry the count. Requests are counted per path, and the count is the path asked most,
/// so the two endpoints of <c>--scope both</c> (read at once) and a redirect's hop do not add up as retries.
/// </summary>
internal sealed class AttemptCounter : DelegatingHandler
{
    private readonly Dictionary<string, int> byPath = new(StringComparer.Ordinal);

    public AttemptCounter(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Gets the attempts of the endpoint asked most since the last <see cref="Reset"/>.</summary>
    public int Attempts
    {
        get
        {
            lock (byPath)
            {
                return byPath.Count == 0 ? 0 : byPath.Values.Max();
            }
        }
    }

    /// <summary>Starts a new count, before each read (a watch reads again and again).</summary>
    public void Reset()
    {
        lock (byPath)
        {
            byPath.Clear();
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        lock (byPath)
        {
            byPath[path] = byPath.GetValueOrDefault(path) + 1;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
