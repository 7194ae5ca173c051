using ToApis.Balance.Monitoring.Internal;
using ToApis.Balance.Monitoring.Tests.TestSupport;

namespace ToApis.Balance.Monitoring.Tests;

/// <summary>
/// What a long-running monitor keeps of its past polls: a bounded window, whatever the number of polls. Counted, not
/// timed nor weighed; the heap's figures are measured by the benchmarks' <c>monitor-footprint</c> mode.
/// </summary>
public sealed class MonitorFootprintTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Poll_ThreeWindowsOfPolls_ForecastKeepsOnlyTheBalancesOfItsWindow()
    {
        await using var host = await MonitorHost.StartAsync(g => g.Serve(Falling(0)), m => m.ForecastWindow = Window);
        var monitor = Assert.Single(((BalanceMonitor)host.Monitor).Clients);

        await host.PollAsync(19, i => Falling(1 + i));
        var afterTwenty = monitor.ForecastSamples;
        await host.PollAsync(10, i => Falling(20 + i));

        // One balance per interval over the window, both ends included: 11 after 20 polls as after 30.
        var held = (int)(Window / MonitorHost.Interval) + 1;
        Assert.Equal(held, afterTwenty);
        Assert.Equal(held, monitor.ForecastSamples);
    }

    [Fact]
    public void Add_WindowFullOfBalances_AllocatesNoMoreThanWithTwenty()
    {
        var interval = TimeSpan.FromSeconds(10);
        var tracker = new SpendRateTracker(ForecastSettings.From(new BalanceMonitorOptions { Interval = interval, ForecastWindow = TimeSpan.FromHours(1) }));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var balances = Enumerable.Range(0, 400).Select(poll => Figures.Credits(100_000 - poll)).ToArray();
        long Add(int poll)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            tracker.Add(start + (interval * poll), balances[poll]);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var polls = Enumerable.Range(0, balances.Length).Select(Add).ToArray();

        // An hour's window holds 361 balances at this interval; a poll reads them all, and copies none.
        Assert.Equal(361, tracker.Count);
        Assert.Equal(polls[20], polls[^1]);
    }

    /// <summary>A balance that falls with every poll, so no poll reads as a recharge (which empties the history for another reason).</summary>
    private static string Falling(int poll) => Bodies.Credits(100_000 - (10 * poll));
}
