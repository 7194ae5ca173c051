using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ToApis.Balance.Caching.Internal;
using ToApis.Balance.Caching.Tests.TestSupport;

namespace ToApis.Balance.Caching.Tests;

/// <summary>The fleet cache over a stand-in for Redis that stalls, refuses or drops commands, on a fake clock.</summary>
public sealed class FleetBalanceCacheFaultTests
{
    private static readonly TimeSpan Budget = FakeRedisFleet.Settings.RedisBudget;

    [Theory]
    [InlineData(RedisFault.Stall)]
    [InlineData(RedisFault.Refuse)]
    [InlineData(RedisFault.Drop)]
    public async Task GetUserBalanceAsync_RedisFailsAfterSharing_NoAnswerOlderThanMaxStaleness(RedisFault fault)
    {
        using var fleet = new FakeRedisFleet();
        var (first, _) = fleet.StartInstance();
        var (second, _) = fleet.StartInstance();
        var start = fleet.Clock.GetUtcNow();
        await fleet.AnswerAsync(first.GetUserBalanceAsync());
        await Poll.UntilAsync(() => Task.FromResult(fleet.Redis.Stores == 1), "the balance to be stored");
        fleet.Clock.Advance(TimeSpan.FromSeconds(2));
        var shared = await fleet.AnswerAsync(second.GetUserBalanceAsync());
        Assert.Equal(start, shared.FetchedAt);
        Assert.Equal(1, fleet.Gateway.Requests);

        fleet.Redis.Fault = fault;
        var answers = new List<(DateTimeOffset At, UserBalance Balance)>();
        for (var second_ = 0; second_ < 12; second_++)
        {
            fleet.Clock.Advance(TimeSpan.FromSeconds(1));
            foreach (var client in new[] { first, second })
            {
                var balance = await fleet.AnswerAsync(client.GetUserBalanceAsync());
                answers.Add((fleet.Clock.GetUtcNow(), balance));
            }
        }

        Assert.All(answers, answer => Assert.InRange(answer.At - answer.Balance.FetchedAt, TimeSpan.Zero, FakeRedisFleet.MaxStaleness));
        Assert.All(answers, answer => Assert.Equal(100m, answer.Balance.Remaining.Amount));
    }

    [Fact]
    public async Task GetUserBalanceAsync_RedisStalls_AnswersFromTheServerAfterOneBudget()
    {
        using var fleet = new FakeRedisFleet();
        var (client, logs) = fleet.StartInstance();
        fleet.Redis.Fault = RedisFault.Stall;
        var asked = fleet.Clock.GetUtcNow();

        var balance = await fleet.AnswerAsync(client.GetUserBalanceAsync());

        Assert.Equal(asked + Budget, balance.FetchedAt);
        Assert.Equal(1, fleet.Gateway.Requests);
        var warning = Assert.Single(logs.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Equal(101, warning.Id.Id);
        Assert.Equal("The ToAPIs fleet cache could not read a balance within 500 ms; Redis is skipped for 5 s at a time until it answers again, and balances are fetched from the server directly.", warning.Message);
    }

    [Fact]
    public async Task GetUserBalanceAsync_RedisStallsOnWrite_AnswerDoesNotWaitForTheWrite()
    {
        using var fleet = new FakeRedisFleet();
        var (client, _) = fleet.StartInstance();
        fleet.Redis.Fault = RedisFault.Stall;
        fleet.Redis.OnlyWrites = true;
        var asked = fleet.Clock.GetUtcNow();

        var balance = await client.GetUserBalanceAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(asked, balance.FetchedAt);
        await Poll.UntilAsync(() => Task.FromResult(fleet.Redis.Commands == 2), "the write in the background");
        Assert.Equal(0, fleet.Redis.Stores);
    }

    [Fact]
    public async Task GetUserBalanceAsync_CircuitOpen_CallsTheServerWithoutAskingRedis()
    {
        using var fleet = new FakeRedisFleet();
        var (client, _) = fleet.StartInstance();
        await fleet.OpenCircuitAsync(client);
        var commands = fleet.Redis.Commands;

        fleet.Clock.Advance(FakeRedisFleet.MaxStaleness);
        var balance = await client.GetUserBalanceAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(fleet.Clock.GetUtcNow(), balance.FetchedAt);
        Assert.Equal(commands, fleet.Redis.Commands);
        Assert.Equal(2, fleet.Gateway.Requests);
    }

    [Fact]
    public async Task GetUserBalanceAsync_RedisBackAfterTheBreak_ProbesAndLogsOneInformation()
    {
        using var fleet = new FakeRedisFleet();
        var (client, logs) = fleet.StartInstance();
        await fleet.OpenCircuitAsync(client);
        fleet.Redis.Fault = RedisFault.None;

        fleet.Clock.Advance(FleetCacheDefaults.BreakDuration);
        await fleet.AnswerAsync(client.GetUserBalanceAsync());
        await Poll.UntilAsync(() => Task.FromResult(fleet.Redis.Stores == 1), "the balance to be stored");

        var records = logs.GetSnapshot().Where(record => record.Level >= LogLevel.Information && record.Category == "ToApis.Balance.Caching").ToList();
        Assert.Equal([(101, LogLevel.Warning), (102, LogLevel.Information)], records.Select(record => (record.Id.Id, record.Level)));
    }

    [Fact]
    public async Task GetUserBalanceAsync_TwoClientsOfOneApp_ShareTheCircuitOneWarning()
    {
        using var fleet = new FakeRedisFleet();
        var (unnamed, named, logs) = fleet.StartInstanceWithTwoClients("team");
        await fleet.OpenCircuitAsync(unnamed);
        var commands = fleet.Redis.Commands;

        var balance = await named.GetUserBalanceAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(fleet.Clock.GetUtcNow(), balance.FetchedAt);
        Assert.Equal(commands, fleet.Redis.Commands);
        Assert.Single(logs.GetSnapshot(), record => record.Level >= LogLevel.Warning);
    }
}
