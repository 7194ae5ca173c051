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

    /// <summary>Waits until HybridCache's second level holds the key: it writes after the first caller returns.</summary>
    internal Task WaitForKeyAsync(string key) =>
        Poll.UntilAsync(() => Redis.GetDatabase().KeyExistsAsync(key), "the balance to reach Redis");
}
