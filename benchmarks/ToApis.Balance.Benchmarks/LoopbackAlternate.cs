using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The loopback median per call against the floor's, one call of each contender in turn (the first of a round
/// rotates), so drift on a shared machine falls on all alike. The SDK against the floor is the figure sought;
/// Refit and Refit + Polly show which part of a gap a stock stack has too.
/// </summary>
internal static class LoopbackAlternate
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var rounds = arguments.Get("rounds", 20_000);
        var warmup = arguments.Get("warmup", 2_000);
        await using var server = await LoopbackServer.StartAsync();
        using var clients = new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
        await clients.VerifyAsync();
        var calls = clients.Calls();

        for (var i = 0; i < warmup; i++)
        {
            foreach (var call in calls)
            {
                await call.Call();
            }
        }

        var times = calls.Select(_ => new double[rounds]).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < calls.Length; k++)
            {
                var index = (round + k) % calls.Length;
                var start = Stopwatch.GetTimestamp();
                if (await calls[index].Call() != BenchmarkBody.Remaining)
                {
                    throw new InvalidOperationException($"{calls[index].Name} read a wrong figure.");
                }

                times[index][round] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        var medians = times.Select(Statistics.Median).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loopback-alternate: {rounds:N0} rounds after {warmup:N0} warm-up rounds, one call of each contender a round"));
        for (var k = 0; k < calls.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {calls[k].Name,-14} median {medians[k],7:F1} us   ratio to floor {medians[k] / medians[0]:F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SDK/floor: {medians[1] / medians[0]:F3} (target <= 1.03)"));
    }
}
