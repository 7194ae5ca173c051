using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.Internal;

/// <summary>
/// No figure a server sends can stop the monitor: over generated sequences of polls with extreme decimals (decimal's
/// minimum and maximum, tiny, huge used beside tiny remaining), every poll publishes a snapshot without a failure,
/// and a normal poll afterwards gives a normal snapshot.
/// </summary>
public sealed class ExtremeFiguresTests
{
    private static readonly decimal[] Extremes =
    [
        decimal.MinValue, decimal.MaxValue, decimal.MaxValue / 2, -decimal.MaxValue / 3, 0m, -1m, 1m,
        0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 79228162514264.337593543950335m, 3900m, 1e20m,
    ];

    [Fact]
    public async Task PollAsync_ExtremeFiguresInAnyOrder_AlwaysPublishesAndRecovers()
    {
        var random = new Random(20261203);
        for (var sequence = 0; sequence < 300; sequence++)
        {
            var (monitor, client, time) = Monitor();
            var polls = random.Next(1, 8);
            for (var poll = 0; poll < polls; poll++)
            {
                client.Next = Balance(random);
                var result = await monitor.PollAsync(CancellationToken.None);
                Assert.True(result.Snapshot.LastFailure is null, $"sequence {sequence}, poll {poll}: {result.Snapshot.LastFailure}");
                time.Advance(TimeSpan.FromMinutes(1));
            }

            client.Next = new TokenBalance { RemainingCredits = Quota.Limited(3900m), UsedCredits = 100m, Remaining = Quota.Limited(19.5m), Used = 0.5m, RemainingUsd = Quota.Limited(19.5m) };
            var normal = await monitor.PollAsync(CancellationToken.None);

            Assert.Equal((Quota.Limited(3900m), 97.5m, (Exception?)null), (normal.Snapshot.RemainingCredits, normal.Snapshot.PercentRemaining, normal.Snapshot.LastFailure));
        }
    }

    private static TokenBalance Balance(Random random)
    {
        decimal Pick() => Extremes[random.Next(Extremes.Length)];
        decimal? Maybe() => random.Next(4) == 0 ? null : Pick();
        Quota Figure() => random.Next(6) switch { 0 => Quota.NotReported, 1 => Quota.Unlimited, _ => Quota.Limited(Pick()) };
        return new TokenBalance { RemainingCredits = Figure(), UsedCredits = Maybe(), Remaining = Figure(), Used = Maybe(), RemainingUsd = Figure(), UsedUsd = Maybe() };
    }

    private static (ClientMonitor Monitor, QueuedClient Client, FakeTimeProvider Time) Monitor()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var client = new QueuedClient(time);
        var options = new BalanceMonitorOptions { Scope = BalanceScope.Token, Interval = TimeSpan.FromMinutes(1), Jitter = 0 };
        options.Thresholds.Add(BalanceThreshold.Credits(2_000, AlertLevel.Warning));
        options.Thresholds.Add(BalanceThreshold.Credits(decimal.MaxValue, AlertLevel.Warning));
        options.Thresholds.Add(BalanceThreshold.PercentRemaining(10, AlertLevel.Critical));
        options.Thresholds.Add(BalanceThreshold.Usd(5, AlertLevel.Critical));
        return (new ClientMonitor(string.Empty, client, options, time), client, time);
    }

    /// <summary>A client that answers the balance a test sets, fetched now.</summary>
    private sealed class QueuedClient(TimeProvider time) : IToApisBalanceClient
    {
        public TokenBalance Next { get; set; } = new();

        public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default) => Task.FromResult(Next with { FetchedAt = time.GetUtcNow() });

        public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("The token scope only.");
    }
}
