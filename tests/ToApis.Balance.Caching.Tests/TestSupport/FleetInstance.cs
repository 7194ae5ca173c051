using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// One instance of a service in the fleet: its own service provider, HybridCache, Redis connection and client,
/// over the shared Redis server and gateway.
/// </summary>
internal sealed class FleetInstance : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly IConnectionMultiplexer redis;

    private FleetInstance(ServiceProvider provider, IConnectionMultiplexer redis)
    {
        this.provider = provider;
        this.redis = redis;
    }

    public IToApisBalanceClient Client => provider.GetRequiredService<IToApisBalanceClient>();

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public static async Task<FleetInstance> StartAsync(RedisServer server, Gateway gateway, string apiKey, bool withLock = true, TimeProvider? clock = null, ConfigurationOptions? redisOptions = null, TimeSpan? maxStaleness = null)
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(redisOptions ?? server.ClientOptions());
        var services = new ServiceCollection();
        services.AddFakeLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        if (withLock)
        {
            services.AddSingleton<IConnectionMultiplexer>(redis);
        }

        services.AddStackExchangeRedisCache(options => options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis));
        FleetServices.AddCachedClient(services, gateway, apiKey, maxStaleness ?? TimeSpan.FromMinutes(5));
        return new FleetInstance(services.BuildServiceProvider(), redis);
    }

    public static async Task<FleetInstance[]> StartManyAsync(int count, RedisServer server, Gateway gateway, string apiKey, bool withLock = true)
    {
        var instances = new FleetInstance[count];
        for (var i = 0; i < count; i++)
        {
            instances[i] = await StartAsync(server, gateway, apiKey, withLock);
        }

        return instances;
    }

    /// <summary>Closes this instance's Redis connection, as a network partition between it and Redis would: its reads, writes and lock renewals fail from now on.</summary>
    public Task LoseRedisAsync() => redis.CloseAsync(allowCommandsToComplete: false);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await redis.DisposeAsync();
    }
}
