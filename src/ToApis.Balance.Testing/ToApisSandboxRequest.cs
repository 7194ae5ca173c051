namespace ToApis.Balance.Testing;

/// <summary>A request the sandbox received, as recorded for assertions. It never holds the API key.</summary>
public sealed class ToApisSandboxRequest
{
    internal ToApisSandboxRequest(string method, string path, IReadOnlyDictionary<string, string> headers, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Headers = headers;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method, such as <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the path, without the query, such as <c>/v1/balance</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets the request headers, by case-insensitive name, several values joined with <c>", "</c>. The credentials
    /// of <c>Authorization</c> (and <c>Proxy-Authorization</c>) are masked: <c>Bearer ***</c>. In server mode the
    /// headers are as received (<c>Host</c> included); in-process they are those the client's handlers set.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets when the request arrived, by the sandbox's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Returns the method and the path, such as <c>GET /v1/balance</c>.</summary>
    /// <returns>A text for test output.</returns>
    public override string ToString() => Method + " " + Path;
}
