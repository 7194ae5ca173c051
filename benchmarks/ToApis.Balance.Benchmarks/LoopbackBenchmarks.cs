using BenchmarkDotNet.Attributes;

namespace ToApis.Balance.Benchmarks;

/// <summary>A real HTTP round trip: Kestrel on 127.0.0.1, each client with its own default <see cref="SocketsHttpHandler"/>.</summary>
[MemoryDiagnoser]
public class LoopbackBenchmarks : ClientBenchmarks
{
    private LoopbackServer? server;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        server = await LoopbackServer.StartAsync();
        await SetUpAsync(() => new SocketsHttpHandler(), server.BaseAddress);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        CleanUp();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
