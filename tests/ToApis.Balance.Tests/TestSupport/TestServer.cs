using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>A WireMock server on loopback with the helpers the tests share. One per test, so no state leaks.</summary>
internal sealed class TestServer : IDisposable
{
    public const string ApiKey = "sk-test0123456789abcdefABCDEF";

    public const string TokenPath = "/v1/balance";

    public const string UserPath = "/v1/user/balance";

    private readonly ConstructionPath path;

    /// <summary>Starts a server whose clients are built along <paramref name="path"/>.</summary>
    public TestServer(ConstructionPath path = ConstructionPath.Constructor)
    {
        this.path = path;
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri BaseAddress => new(Server.Url!);

    /// <summary>Scheme, host and port: how the SDK names this server in its messages.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>An options tweak for tests of a single attempt's outcome.</summary>
    public static void NoRetries(ToApisBalanceClientOptions options) => options.MaxRetryAttempts = 0;

    /// <summary>Answers every GET of <paramref name="path"/> with the given status and body.</summary>
    public void Respond(string path, int status, string body, string contentType = "application/json")
    {
        Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
    }

    /// <summary>Answers in sequence: each response once, the last one for good.</summary>
    public void RespondInSequence(string path, params Action<IResponseBuilder>[] responses)
    {
        const string Scenario = "sequence";
        for (var i = 0; i < responses.Length; i++)
        {
            var response = Response.Create();
            responses[i](response);
            var mapping = Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario(Scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            mapping.RespondWith(response);
        }
    }

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int CountRequests(string path) => Server.LogEntries.Count(entry => entry.RequestMessage?.Path == path);

    /// <summary>Options pointing at this server, with a near-zero backoff so retry tests stay fast.</summary>
    public ToApisBalanceClientOptions Options(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = ApiKey,
            BaseAddress = BaseAddress,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return options;
    }

    public TestClient CreateClient(Action<ToApisBalanceClientOptions>? configure = null) => TestClient.Create(path, Options(configure));

    /// <summary>A client on a fake clock, for tests of waits and timeouts.</summary>
    public TestClient CreateClient(TimeProvider time, Action<ToApisBalanceClientOptions>? configure = null) => TestClient.Create(path, Options(configure), time);

    public void Dispose() => Server.Stop();
}
