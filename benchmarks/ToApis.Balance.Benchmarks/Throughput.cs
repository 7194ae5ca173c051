using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// Calls per second over loopback at a fixed concurrency, SDK and floor in alternating rounds (the SDK first in
/// odd rounds), each round a fixed number of calls; every call's figure is checked, and failures counted.
/// </summary>
internal static class Throughput
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var calls = arguments.Get("calls", 10_000);
        var concurrency = arguments.Get("concurrency", 100);
        var rounds = arguments.Get("rounds", 5);
        await using var server = await LoopbackServer.StartAsync();
        using var clients = new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
        await clients.VerifyAsync();

        Func<Task<decimal?>> sdk = async () => (await clients.Sdk.GetUserBalanceAsync()).Remaining.Amount;
        Func<Task<decimal?>> floor = async () => (await clients.Floor.GetUserBalanceAsync())?.RemainBalance;

        // Warm-up: JIT, and the connection pools grown to the concurrency.
        await RunRoundAsync(sdk, calls / 5, concurrency);
        await RunRoundAsync(floor, calls / 5, concurrency);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {calls:N0} calls at {concurrency}-way concurrency, {rounds} rounds each"));
        var sdkRates = new List<double>();
        var floorRates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? new[] { ("SDK", sdk, sdkRates), ("floor", floor, floorRates) } : new[] { ("floor", floor, floorRates), ("SDK", sdk, sdkRates) };
            foreach (var (name, call, rates) in order)
            {
                var (rate, failures) = await RunRoundAsync(call, calls, concurrency);
                rates.Add(rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round} {name,-5}: {rate,8:N0} calls/s, {failures} failures"));
            }
        }

        var sdkMedian = Statistics.Median(sdkRates);
        var floorMedian = Statistics.Median(floorRates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median floor: {floorMedian:N0} calls/s; median SDK: {sdkMedian:N0} calls/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio SDK/floor: {sdkMedian / floorMedian:F3} (target >= 0.95)"));
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
