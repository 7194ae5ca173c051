using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using ToApis.Balance.Caching.Internal;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// Instances of a service on one fake clock, sharing a stand-in for Redis that the test makes misbehave, and one
/// gateway. No lock unless the test passes a connection to a real Redis for it.
/// </summary>
internal sealed class FakeRedisFleet : IDisposable
{
    public static readonly TimeSpan MaxStaleness = TimeSpan.FromSeconds(3);

    private readonly List<ServiceProvider> providers = [];
    private readonly string apiKey = FleetKey.NewApiKey();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public FaultyDistributedCache Redis { get; } = new();

    public Gateway Gateway { get; } = new();

    /// <summary>The budget of one Redis operation for the clients here (their options are the defaults but for the window).</summary>
    public static FleetCacheSettings Settings => FleetCacheSettings.From(new ToApisBalanceClientOptions());

    /// <summary>An instance; with <paramref name="lockRedis"/>, its lock is taken in that (real) Redis.</summary>
    public (IToApisBalanceClient Client, FakeLogCollector Logs) StartInstance(IConnectionMultiplexer? lockRedis = null)
    {
        var provider = Start(lockRedis, keyedClient: null);
        return (provider.GetRequiredService<IToApisBalanceClient>(), provider.GetFakeLogCollector());
    }

    /// <summary>An instance with two clients of the same key: the unnamed one, and one named <paramref name="name"/>.</summary>
    public (IToApisBalanceClient Unnamed, IToApisBalanceClient Named, FakeLogCollector Logs) StartInstanceWithTwoClients(string name)
    {
        var provider = Start(lockRedis: null, keyedClient: name);
        return (provider.GetRequiredService<IToApisBalanceClient>(), provider.GetRequiredKeyedService<IToApisBalanceClient>(name), provider.GetFakeLogCollector());
    }

    /// <summary>
    /// Waits for a call, doing what the fault asks whenever a command waits on the stand-in: a stalled one is left
    /// until the clock has moved by one budget, a dropped one fails. The answer must come within real seconds.
    /// </summary>
    public async Task<T> AnswerAsync<T>(Task<T> call)
        where T : BalanceSnapshot
    {
        await Poll.UntilAsync(
            () =>
            {
                if (Redis.TryTakeWaiting(out var command))
                {
                    if (Redis.Fault == RedisFault.Drop)
                    {
                        command.TrySetException(new RedisConnectionException(ConnectionFailureType.SocketClosed, "Connection dropped mid-command (fake)."));
                    }
                    else
                    {
                        Clock.Advance(Settings.RedisBudget);
                    }
                }

                return Task.FromResult(call.IsCompleted);
            },
            "the call to answer");
        return await call;
    }

    /// <summary>Makes Redis stall and lets one call of the client find out: its circuit is open afterwards.</summary>
    public async Task OpenCircuitAsync(IToApisBalanceClient client)
    {
        Redis.Fault = RedisFault.Stall;
        await AnswerAsync(client.GetUserBalanceAsync());
    }

    private ServiceProvider Start(IConnectionMultiplexer? lockRedis, string? keyedClient)
    {
        var services = new ServiceCollection();
        if (lockRedis is not null)
        {
            services.AddSingleton(lockRedis);
        }

        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IDistributedCache>(Redis);
        FleetServices.AddCachedClient(services, Gateway, apiKey, MaxStaleness);
        if (keyedClient is not null)
        {
            FleetServices.AddCachedClient(services, Gateway, apiKey, MaxStaleness, keyedClient);
        }

        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
    }
}
