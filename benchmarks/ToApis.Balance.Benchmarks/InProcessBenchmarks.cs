using BenchmarkDotNet.Attributes;

namespace ToApis.Balance.Benchmarks;

/// <summary>Pure client overhead: a terminal handler answers in-process with the canned bytes.</summary>
[MemoryDiagnoser]
public class InProcessBenchmarks : ClientBenchmarks
{
    [GlobalSetup]
    public Task SetupAsync() => SetUpAsync(() => new CannedResponseHandler(), new Uri("https://toapis.com"));

    [GlobalCleanup]
    public void Cleanup() => CleanUp();
}
