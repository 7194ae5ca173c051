using Microsoft.Extensions.Logging;
using ToApis.Balance.Caching.Internal;
using ToApis.Balance.Caching.Tests.TestSupport;
using Xunit.Abstractions;

namespace ToApis.Balance.Caching.Tests;

/// <summary>
/// A fleet against a real redis-server that is stopped mid-run and started again (empty), with the
/// StackExchange.Redis settings the README recommends: callers keep getting right answers within the budget.
/// </summary>
public sealed class FleetOutageTests(ITestOutputHelper output)
{
    private const int Instances = 4;
    private const int CallersPerInstance = 3;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan BreakDuration = FleetCacheDefaults.BreakDuration;

    [Fact]
    public async Task GetUserBalanceAsync_RedisStoppedAndStartedMidRun_EveryAnswerRightAndWithinTheBudget()
    {
        var budget = FleetCacheSettings.From(new ToApisBalanceClientOptions()).RedisBudget;
        var first = await RedisServer.StartAsync();
        RedisServer? second = null;
        var gateway = new Gateway();
        var apiKey = FleetKey.NewApiKey();
        var fleet = new List<FleetInstance>();
        var run = new FleetRun(Window);
        using var stop = new CancellationTokenSource();
        try
        {
            using (var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(first.ClientOptions()))
            {
                await RedisFixture.WarmUpAsync(first, redis);
            }

            for (var i = 0; i < Instances; i++)
            {
                fleet.Add(await FleetInstance.StartAsync(first, gateway, apiKey, redisOptions: first.RecommendedOptions(), maxStaleness: Window));
            }

            var callers = run.RunAsync(fleet.Select(instance => instance.Client), CallersPerInstance, stop.Token);
            await Poll.UntilAsync(() => Task.FromResult(run.Answers > 0), "the first answer");

            var started = DateTimeOffset.UtcNow;
            var beforeStart = gateway.Requests;
            await Task.Delay(Phase);
            var before = gateway.Requests - beforeStart;
            var openedBefore = Openings(fleet);

            first.Stop();
            var outageStart = gateway.Requests;
            await Task.Delay(Outage);
            var duringOutage = gateway.Requests - outageStart;
            var gapBefore = run.LongestGap;

            second = await RedisServer.StartAsync(first.Port);
            await Poll.UntilAsync(() => Task.FromResult(fleet.All(instance => Count(instance, 101) > 0 && Count(instance, 102) == Count(instance, 101))), "every instance to reach Redis again", TimeSpan.FromSeconds(20));
            var openedUntilAfter = Openings(fleet);
            var afterStart = gateway.Requests;
            await Task.Delay(Phase);
            var after = gateway.Requests - afterStart;
            var openedAfter = Openings(fleet) - openedUntilAfter;

            stop.Cancel();
            await callers;
            output.WriteLine($"before: {before} requests in {Phase.TotalSeconds} s ({openedBefore} circuits opened); outage: {duringOutage} requests in {Outage.TotalSeconds} s; after: {after} requests in {Phase.TotalSeconds} s ({openedAfter} circuits opened)");
            output.WriteLine($"longest gap between answers: {gapBefore.TotalMilliseconds:F0} ms until Redis came back, {run.LongestGap.TotalMilliseconds:F0} ms in all (budget {budget.TotalMilliseconds} ms); {run.Answers} answers, {run.Failures.Count} failures, {run.WrongAnswers.Count} wrong or older than the window; the longest ended {(run.LongestGapEnded - started).TotalSeconds:F1} s after the first answer, Redis stopped at {Phase.TotalSeconds} s");
            output.WriteLine($"per instance, Warnings {string.Join("/", fleet.Select(i => Count(i, 101)))}, Informations {string.Join("/", fleet.Select(i => Count(i, 102)))}");

            Assert.Empty(run.Failures);
            Assert.Empty(run.WrongAnswers);
            Assert.InRange(before, 1, Shared(openedBefore));
            Assert.InRange(duringOutage, 1, Unshared(Outage));
            Assert.InRange(after, 1, Shared(openedAfter));
            Assert.InRange(run.LongestGap, TimeSpan.Zero, budget * 6);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var instance in fleet)
            {
                await instance.DisposeAsync();
            }

            first.Dispose();
            second?.Dispose();
        }
    }

    /// <summary>
    /// Requests a shared phase may cost: one a window and one more at each end of the phase, and for each circuit that
    /// opened on a noisy machine, what its instance costs alone while Redis is skipped.
    /// </summary>
    private static int Shared(int openings) => Windows(Phase) + (openings * Windows(BreakDuration));

    /// <summary>Requests while no instance shares: each calls once a window.</summary>
    private static int Unshared(TimeSpan phase) => Instances * Windows(phase);

    private static int Windows(TimeSpan phase) => (int)(phase / Window) + 2;

    private static int Openings(IEnumerable<FleetInstance> fleet) => fleet.Sum(instance => Count(instance, 101));

    private static int Count(FleetInstance instance, int eventId) =>
        instance.Logs.GetSnapshot().Count(record => record.Category == FleetBalanceCache.LogCategory && record.Id.Id == eventId && record.Level >= LogLevel.Information);
}
