using BenchmarkDotNet.Attributes;

namespace ToApis.Balance.Benchmarks;

/// <summary>One call per contender, on the same response bytes; the transport is the subclass's.</summary>
public abstract class ClientBenchmarks
{
    private Contenders? contenders;

    private protected Contenders Clients => contenders ?? throw new InvalidOperationException("Not set up.");

    [Benchmark(Baseline = true, Description = "Floor: HttpClient + STJ source-gen")]
    public Task<BalanceDto?> Floor() => Clients.Floor.GetUserBalanceAsync();

    [Benchmark(Description = "SDK GetUserBalanceAsync")]
    public Task<UserBalance> SdkUserBalance() => Clients.Sdk.GetUserBalanceAsync();

    [Benchmark(Description = "SDK GetTokenBalanceAsync")]
    public Task<TokenBalance> SdkTokenBalance() => Clients.Sdk.GetTokenBalanceAsync();

    [Benchmark(Description = "Refit generated client")]
    public Task<BalanceDto> Refit() => Clients.Refit.GetUserBalanceAsync();

    [Benchmark(Description = "Refit + Polly ResilienceHandler")]
    public Task<BalanceDto> RefitPolly() => Clients.RefitPolly.GetUserBalanceAsync();

    [Benchmark(Description = "Reference: Refit kept, body read in a handler")]
    public Task<BalanceDto> Reference() => Clients.Reference.GetUserBalanceAsync();

    private protected async Task SetUpAsync(Func<HttpMessageHandler> transport, Uri baseAddress)
    {
        contenders = new Contenders(transport, baseAddress);
        await contenders.VerifyAsync();
    }

    private protected void CleanUp()
    {
        contenders?.Dispose();
        contenders = null;
    }
}
