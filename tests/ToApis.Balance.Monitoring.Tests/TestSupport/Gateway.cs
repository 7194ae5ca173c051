using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>A WireMock server on loopback answering the two balance endpoints; each test changes the answers between polls.</summary>
internal sealed class Gateway : IDisposable
{
    public const string ApiKey = "sk-test0123456789abcdefABCDEF";

    public const string TokenPath = "/v1/balance";

    public const string UserPath = "/v1/user/balance";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public Uri BaseAddress => new(Server.Url!);

    /// <summary>Answers the key's and the account's balance with these bodies (HTTP 200), from now on.</summary>
    public void Serve(string token, string user)
    {
        Server.ResetMappings();
        Answer(TokenPath, 200, token);
        Answer(UserPath, 200, user);
    }

    /// <summary>Answers both endpoints with the same body, from now on.</summary>
    public void Serve(string both) => Serve(both, both);

    /// <summary>Answers both endpoints with this status and body, from now on.</summary>
    public void Fail(int status, string body, string? retryAfter = null)
    {
        Server.ResetMappings();
        Answer(TokenPath, status, body, retryAfter);
        Answer(UserPath, status, body, retryAfter);
    }

    public int CountRequests(string path) => Server.LogEntries.Count(entry => entry.RequestMessage?.Path == path);

    public void Dispose() => Server.Stop();

    private void Answer(string path, int status, string body, string? retryAfter = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (retryAfter is not null)
        {
            response = response.WithHeader("Retry-After", retryAfter);
        }

        Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(response);
    }
}
