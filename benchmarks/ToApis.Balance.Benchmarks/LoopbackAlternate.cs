using System.Diagnostics;
using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The loopback median per call, SDK against the floor, one call of each in turn (the first of a pair swaps
/// every round), so drift on a shared machine falls on both alike.
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

        for (var i = 0; i < warmup; i++)
        {
            await clients.Sdk.GetUserBalanceAsync();
            await clients.Floor.GetUserBalanceAsync();
        }

        var sdk = new double[rounds];
        var floor = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            if (i % 2 == 0)
            {
                sdk[i] = await TimeAsync(() => clients.Sdk.GetUserBalanceAsync());
                floor[i] = await TimeAsync(() => clients.Floor.GetUserBalanceAsync());
            }
            else
            {
                floor[i] = await TimeAsync(() => clients.Floor.GetUserBalanceAsync());
                sdk[i] = await TimeAsync(() => clients.Sdk.GetUserBalanceAsync());
            }
        }

        var sdkMedian = Statistics.Median(sdk);
        var floorMedian = Statistics.Median(floor);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loopback-alternate: {rounds:N0} rounds after {warmup:N0} warm-up pairs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  floor median: {floorMedian:F1} us"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SDK median:   {sdkMedian:F1} us"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio SDK/floor: {sdkMedian / floorMedian:F3} (target <= 1.03)"));
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}
