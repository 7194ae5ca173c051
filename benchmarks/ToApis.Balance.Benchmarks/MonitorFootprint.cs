using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Monitoring;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// The monitor's memory over a long run: a real host monitoring named clients every 10 seconds of a fake clock, each
/// answered in-process by the sandbox's <c>falling</c> scenario (so the spend-rate history fills), for a number of
/// polls counted from the monitor's own snapshots. Prints the bytes allocated per poll (all threads) and the managed
/// heap after a full collection at checkpoints: a history that kept every poll would grow the heap with the polls.
/// </summary>
internal static class MonitorFootprint
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>How long a step may wait for its polls before the run fails: a real wait on real work, not a measure.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(ModeArguments arguments)
    {
        var polls = arguments.Get("polls", 10_000);
        var clients = arguments.Get("clients", 2);

        // The forecast's window bounds what a monitor keeps: the package's default (6 hours) unless given.
        var window = arguments.Has("window-minutes") ? TimeSpan.FromMinutes(arguments.Get("window-minutes", 1)) : (TimeSpan?)null;
        int[] checkpoints = [.. new[] { 1_000, polls / 4, polls / 2, polls }.Where(p => p > 0 && p <= polls).Distinct().Order()];

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "falling", FallingStartBalance = 100_000m }, time);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(time);
        var names = Enumerable.Range(1, clients).Select(i => "client" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        foreach (var name in names)
        {
            builder.Services
                .AddToApisBalanceClient(name, o =>
                {
                    o.ApiKey = ToApisSandbox.ApiKey;
                    o.BaseAddress = sandbox.BaseAddress;
                })
                .ConfigurePrimaryHttpMessageHandler(sandbox.CreateHandler)
                .AddBalanceMonitoring(m =>
                {
                    // No jitter: every step of the clock is exactly one poll of each client. The other options are the defaults.
                    m.Interval = Interval;
                    m.Jitter = 0;
                    m.FirstPollJitter = TimeSpan.Zero;
                    m.ForecastWindow = window ?? m.ForecastWindow;
                });
        }

        using var host = builder.Build();
        var monitor = host.Services.GetRequiredService<IBalanceMonitor>();
        using var polled = new SemaphoreSlim(0);
        var failed = 0;
        monitor.SnapshotChanged += (_, e) =>
        {
            if (e.Snapshot.LastFailure is not null)
            {
                Interlocked.Increment(ref failed);
            }

            polled.Release();
        };

        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>().Get(names[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monitor-footprint: {clients} clients (scope {options.Scope}, forecast window {options.ForecastWindow.TotalHours:0.##} h), a poll each every {Interval.TotalSeconds:F0} s of a fake clock, {polls:N0} polls each; the sandbox's 'falling' balance in-process"));
        Console.WriteLine("  polls  B/poll (since last)  heap after full GC  GC heap size  forecast span  polls in window");
        var done = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var checkpoint in checkpoints)
        {
            for (; done < checkpoint; done++)
            {
                // The first poll is due at once; every later one after a step of the clock.
                if (done > 0)
                {
                    time.Advance(Interval);
                }

                for (var i = 0; i < clients; i++)
                {
                    if (!await polled.WaitAsync(Promptly))
                    {
                        throw new TimeoutException($"Poll {done + 1} of a client did not come within {Promptly}.");
                    }
                }

                // The sandbox records every request; that record is the harness's, not the monitor's.
                sandbox.ClearRequests();
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var perPoll = (allocated - allocatedBefore) / (double)((checkpoint - PreviousOf(checkpoints, checkpoint)) * clients);
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            var span = monitor.GetSnapshot(names[0])!.Forecast.Span;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {checkpoint,6:N0}  {perPoll,17:N0}  {heap,18:N0}  {info.HeapSizeBytes,12:N0}  {span.TotalHours,11:F2} h  {span.Ticks / Interval.Ticks + 1,14:N0}"));
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        }

        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} polls failed: the figures are not of a healthy monitor.");
        }

        await host.StopAsync();
    }

    private static int PreviousOf(int[] checkpoints, int checkpoint)
    {
        var index = Array.IndexOf(checkpoints, checkpoint);
        return index == 0 ? 0 : checkpoints[index - 1];
    }
}
