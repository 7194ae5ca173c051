namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// A terminal handler that answers every request (retries and redirects included) with the generated status,
/// headers and body of one <see cref="FuzzCase"/>. No network: a case costs microseconds.
/// </summary>
internal sealed class FuzzHandler(FuzzCase fuzzCase) : HttpMessageHandler
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        var response = new HttpResponseMessage((System.Net.HttpStatusCode)fuzzCase.Status)
        {
            Content = new ByteArrayContent(fuzzCase.Body),
            RequestMessage = request,
        };
        foreach (var (name, value) in fuzzCase.Headers)
        {
            // Without validation, as a server would send it: a malformed value must reach the SDK as it is.
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return Task.FromResult(response);
    }
}
