using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The loopback median per call against the floor's, one call of each contender in turn (the first of a round
/// rotates), so drift on a shared machine falls on all alike. The SDK against the floor is the figure sought;
/// Refit, Refit + Polly and the reference design show which part of a gap a stack without the SDK has too. With
/// <c>--in-process</c>, the canned in-process transport instead, each turn a batch of <c>--batch</c> calls (64) timed
/// together (a call takes about 2 µs): the in-process ratios on a machine too busy for BenchmarkDotNet's sequential runs.
/// </summary>
internal static class LoopbackAlternate
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var rounds = arguments.Get("rounds", 20_000);
        var warmup = arguments.Get("warmup", 2_000);
        var inProcess = arguments.Has("in-process");
        var batch = inProcess ? arguments.Get("batch", 64) : 1;
        await using var server = inProcess ? null : await LoopbackServer.StartAsync();
        using var clients = server is null
            ? new Contenders(() => new CannedResponseHandler(), new Uri("https://toapis.com"))
            : new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
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
                for (var i = 0; i < batch; i++)
                {
                    if (await calls[index].Call() != BenchmarkBody.Remaining)
                    {
                        throw new InvalidOperationException($"{calls[index].Name} read a wrong figure.");
                    }
                }

                times[index][round] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / batch;
            }
        }

        var medians = times.Select(Statistics.Median).ToArray();
        var transport = inProcess ? string.Create(CultureInfo.InvariantCulture, $"in-process, {batch} calls") : "loopback, one call";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alternate ({transport} of each contender a turn): {rounds:N0} rounds after {warmup:N0} warm-up rounds"));
        for (var k = 0; k < calls.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {calls[k].Name,-14} median {medians[k],7:F3} us   ratio to floor {medians[k] / medians[0]:F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SDK/floor: {medians[1] / medians[0]:F3}"));
    }
}
