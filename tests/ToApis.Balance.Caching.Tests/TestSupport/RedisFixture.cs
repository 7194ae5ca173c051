using StackExchange.Redis;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>One redis-server for a test class, with a connection to look into it. Tests use keys of their own.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    internal RedisServer Server { get; private set; } = null!;

    internal IConnectionMultiplexer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Redis = await ConnectionMultiplexer.ConnectAsync(Server.ClientOptions());
        await WarmUpAsync(Server, Redis);
    }

    /// <summary>
    /// One call through the whole path, its write to Redis included, before any test: the first one compiles that
    /// code, which on a loaded machine takes longer than the fleet cache's Redis budget, and a test would see Redis
    /// as down (the fleet cache then rightly skips it for a while).
    /// </summary>
    internal static async Task WarmUpAsync(RedisServer server, IConnectionMultiplexer redis)
    {
        var apiKey = FleetKey.NewApiKey();
        await using var instance = await FleetInstance.StartAsync(server, new Gateway(), apiKey);
        await instance.Client.GetUserBalanceAsync();
        await Poll.UntilAsync(
            async () => await redis.GetDatabase().KeyExistsAsync(FleetKey.UserBalance(apiKey)) || instance.Logs.GetSnapshot().Any(record => record.Id.Id == 101),
            "the warm-up balance to reach Redis, or the fleet cache to skip it");
    }

    public async Task DisposeAsync()
    {
        await Redis.DisposeAsync();
        Server.Dispose();
    }

    /// <summary>Every key in the server, as text.</summary>
    internal async Task<string[]> KeysAsync()
    {
        var keys = new List<string>();
        await foreach (var key in Redis.GetServer(Server.Endpoint).KeysAsync(pattern: "*"))
        {
            keys.Add(key.ToString());
        }

        return [.. keys];
    }

    /// <summary>
    /// Waits until HybridCache's second level holds the key and the instance that stored it has let go of its lock:
    /// both happen in the background after the first caller returns. The lock matters to a next caller on a fake
    /// clock: finding it held, that caller waits for the holder by delays on its own clock, which never move.
    /// </summary>
    internal Task WaitUntilStoredAsync(string key) =>
        Poll.UntilAsync(
            async () => await Redis.GetDatabase().KeyExistsAsync(key) && !await Redis.GetDatabase().KeyExistsAsync(key + ":lock"),
            "the balance to reach Redis and its lock to be released");
}
