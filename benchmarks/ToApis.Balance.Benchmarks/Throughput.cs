using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// Calls per second over loopback at a fixed concurrency, each contender in turn within a round (the first
/// rotating), each run a fixed number of calls; every call's figure is checked, and failures counted.
/// </summary>
internal static class Throughput
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var calls = arguments.Get("calls", 10_000);
        var concurrency = arguments.Get("concurrency", 100);
        var rounds = arguments.Get("rounds", 5);
        var warmupRounds = arguments.Get("warmup-rounds", 3);
        await using var server = await LoopbackServer.StartAsync();
        using var clients = new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
        await clients.VerifyAsync();

        var contenders = clients.Calls();

        // Warm-up: tiered JIT and its profile-guided recompiles, and the connection pools grown to the concurrency.
        for (var round = 0; round < warmupRounds; round++)
        {
            foreach (var contender in contenders)
            {
                await RunRoundAsync(contender.Call, calls, concurrency);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {calls:N0} calls at {concurrency}-way concurrency over loopback, {rounds} rounds after {warmupRounds} warm-up rounds, the first contender of a round rotating"));
        var rates = contenders.Select(_ => new List<double>()).ToArray();
        var failures = new int[contenders.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var index = (round + k) % contenders.Length;
                var (rate, failed) = await RunRoundAsync(contenders[index].Call, calls, concurrency);
                rates[index].Add(rate);
                failures[index] += failed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1} {contenders[index].Name,-14}: {rate,8:N0} calls/s, {failed} failures"));
            }
        }

        var medians = rates.Select(Statistics.Median).ToArray();
        for (var k = 0; k < contenders.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contenders[k].Name,-14} median {medians[k],8:N0} calls/s, ratio to floor {medians[k] / medians[0]:F3}, {failures[k]} failures in {rounds * calls:N0} calls"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SDK/floor: {medians[1] / medians[0]:F3} (target >= 0.95)"));
    }

    private static async Task<(double CallsPerSecond, int Failures)> RunRoundAsync(Func<Task<decimal?>> call, int calls, int concurrency)
    {
        var next = 0;
        var failures = 0;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= calls)
            {
                try
                {
                    if (await call() != BenchmarkBody.Remaining)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (Exception e) when (e is ToApisException or HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.WhenAll(workers);
        return (calls / Stopwatch.GetElapsedTime(start).TotalSeconds, failures);
    }
}
