using System.Net;
using System.Text;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// Stands in for the ToAPIs server that the whole fleet calls: it counts the requests of every instance and
/// answers from a queue of statuses, the last one for good.
/// </summary>
internal sealed class Gateway(params HttpStatusCode[] statuses)
{
    public const string UserBody = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";

    private readonly HttpStatusCode[] statuses = statuses.Length > 0 ? statuses : [HttpStatusCode.OK];
    private int requests;
    private int arrived;
    private TaskCompletionSource gate = new();
    private int holdNext;

    /// <summary>Gets how many requests were answered.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Gets how many requests arrived, answered or still held.</summary>
    public int Arrived => Volatile.Read(ref arrived);

    /// <summary>Holds the next request's answer until <see cref="Release"/>: a server call in flight as long as the test needs.</summary>
    public void HoldNext()
    {
        Volatile.Write(ref gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Volatile.Write(ref holdNext, 1);
    }

    /// <summary>Lets the held answer go.</summary>
    public void Release() => Volatile.Read(ref gate).TrySetResult();

    /// <summary>A primary handler for one instance's HTTP client; every instance's handler counts here.</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    private HttpResponseMessage Answer()
    {
        var index = Math.Min(Interlocked.Increment(ref requests) - 1, statuses.Length - 1);
        var status = statuses[index];
        var body = status == HttpStatusCode.OK ? UserBody : """{"success": false, "message": "upstream error"}""";
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private sealed class Handler(Gateway gateway) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref gateway.arrived);
            if (Interlocked.Exchange(ref gateway.holdNext, 0) == 1)
            {
                await Volatile.Read(ref gateway.gate).Task.WaitAsync(cancellationToken);
            }

            var response = gateway.Answer();
            response.RequestMessage = request;
            return response;
        }
    }
}
