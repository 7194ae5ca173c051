using System.Net.Http.Headers;
using Refit;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The clients compared, all over one transport and one base address: the floor, the SDK with its default
/// options (retries and timeouts on), a Refit generated client alone and behind a stock Polly pipeline.
/// </summary>
internal sealed class Contenders : IDisposable
{
    private readonly HttpClient floorHttp;
    private readonly HttpClient refitHttp;
    private readonly HttpClient refitPollyHttp;
    private readonly HttpClient referenceHttp;
    private readonly HttpMessageHandler sdkTransport;
    private readonly ToApisBalanceClient sdk;

    /// <param name="transport">The handler every client sends through; each client may get its own (a loopback connection pool each).</param>
    /// <param name="baseAddress">The server.</param>
    public Contenders(Func<HttpMessageHandler> transport, Uri baseAddress)
    {
        floorHttp = CreateHttpClient(transport(), baseAddress);
        Floor = new FloorClient(floorHttp);

        // The public constructor with a handler: the SDK's key, resilience and redirect handlers over the same transport.
        sdkTransport = transport();
        sdk = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = BenchmarkBody.ApiKey, BaseAddress = baseAddress }, sdkTransport);

        refitHttp = CreateHttpClient(transport(), baseAddress);
        Refit = RestService.For<IRefitBalanceApi>(refitHttp);

        refitPollyHttp = CreateHttpClient(StandardPipeline.CreateHandler(transport()), baseAddress);
        RefitPolly = RestService.For<IRefitBalanceApi>(refitPollyHttp);

        referenceHttp = CreateHttpClient(new ReferenceClient.ReadingHandler(transport()), baseAddress);
        Reference = new ReferenceClient(RestService.ForGenerated<IRefitResponseApi>(referenceHttp));
    }

    public FloorClient Floor { get; }

    public IToApisBalanceClient Sdk => sdk;

    public IRefitBalanceApi Refit { get; }

    public IRefitBalanceApi RefitPolly { get; }

    /// <summary>The reference design, Refit kept: the SDK's own share is what it costs above this.</summary>
    public ReferenceClient Reference { get; }

    /// <summary>The floor first, then the SDK's user call, Refit, Refit + Polly, and the reference design.</summary>
    public NamedCall[] Calls() =>
    [
        new("floor", async () => (await Floor.GetUserBalanceAsync())?.RemainBalance),
        new("SDK", async () => (await Sdk.GetUserBalanceAsync()).Remaining.Amount),
        new("Refit", async () => (await Refit.GetUserBalanceAsync()).RemainBalance),
        new("Refit + Polly", async () => (await RefitPolly.GetUserBalanceAsync()).RemainBalance),
        new("reference", async () => (await Reference.GetUserBalanceAsync()).RemainBalance),
    ];

    /// <summary>One call of each, checked: a benchmark of a call that fails, or reads the wrong figure, measures nothing.</summary>
    public async Task VerifyAsync()
    {
        Check("floor", (await Floor.GetUserBalanceAsync())!.RemainBalance);
        Check("SDK user", (await Sdk.GetUserBalanceAsync()).Remaining.Amount);
        Check("SDK token", (await Sdk.GetTokenBalanceAsync()).Remaining.Amount);
        Check("Refit", (await Refit.GetUserBalanceAsync()).RemainBalance);
        Check("Refit + Polly", (await RefitPolly.GetUserBalanceAsync()).RemainBalance);
        Check("reference", (await Reference.GetUserBalanceAsync()).RemainBalance);
    }

    public void Dispose()
    {
        floorHttp.Dispose();
        refitHttp.Dispose();
        refitPollyHttp.Dispose();
        referenceHttp.Dispose();
        sdk.Dispose();
        sdkTransport.Dispose();
    }

    private static void Check(string contender, decimal? remaining)
    {
        if (remaining != BenchmarkBody.Remaining)
        {
            throw new InvalidOperationException($"{contender} read remain_balance {remaining}, not {BenchmarkBody.Remaining}.");
        }
    }

    /// <summary>An <see cref="HttpClient"/> as a hand-written client makes it: default settings, the key set once.</summary>
    private static HttpClient CreateHttpClient(HttpMessageHandler handler, Uri baseAddress)
    {
        var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchmarkBody.ApiKey);
        return client;
    }
}
