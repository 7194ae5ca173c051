using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsBalanceCacheTests
{
    private const string Key = "sk-cache0123456789abcdef";

    [Fact]
    public async Task GetTokenBalanceAsync_KeyedCacheAndWindow_FetchesThroughTheCacheUnderAHashedKey()
    {
        var cache = new RecordingCache();
        var handler = RecordingHandler.Answering(Bodies.Full);
        using var provider = Build(cache, handler, TimeSpan.FromMinutes(1));
        var client = provider.GetRequiredService<IToApisBalanceClient>();

        await client.GetTokenBalanceAsync();
        await client.GetUserBalanceAsync();

        Assert.Equal(2, cache.Keys.Count);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(cache.Keys, key => Assert.StartsWith(BalanceCacheKey.Prefix, key, StringComparison.Ordinal));
        Assert.All(cache.Keys, key => Assert.DoesNotContain(Key, key, StringComparison.Ordinal));
        Assert.NotEqual(cache.Keys[0], cache.Keys[1]);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyedCacheWithoutWindow_CacheNotUsed()
    {
        var cache = new RecordingCache();
        var handler = RecordingHandler.Answering(Bodies.Full);
        using var provider = Build(cache, handler, TimeSpan.Zero);

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Empty(cache.Keys);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_CacheForAnotherName_CacheNotUsed()
    {
        var cache = new RecordingCache();
        var handler = RecordingHandler.Answering(Bodies.Full);
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(options => Configure(options, TimeSpan.FromMinutes(1)))
                .ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(handler));
            services.AddKeyedSingleton<IBalanceCache>("other", cache);
        });

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Empty(cache.Keys);
    }

    [Fact]
    public void Create_SameInputs_SameKeyAndDifferentUnitOrEndpoint_DifferentKey()
    {
        var address = new Uri("https://toapis.com/");
        var key = BalanceCacheKey.Create(Key, address, "GET /v1/balance", BalanceUnit.Usd);

        Assert.Equal(key, BalanceCacheKey.Create(Key, address, "GET /v1/balance", BalanceUnit.Usd));
        Assert.NotEqual(key, BalanceCacheKey.Create(Key, address, "GET /v1/balance", BalanceUnit.Cny));
        Assert.NotEqual(key, BalanceCacheKey.Create(Key, address, "GET /v1/user/balance", BalanceUnit.Usd));
        Assert.Equal(BalanceCacheKey.Prefix.Length + 64, key.Length);
    }

    private static ServiceProvider Build(RecordingCache cache, RecordingHandler handler, TimeSpan maxStaleness) =>
        ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(options => Configure(options, maxStaleness))
                .ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(handler));
            services.AddKeyedSingleton<IBalanceCache>(string.Empty, cache);
        });

    private static void Configure(ToApisBalanceClientOptions options, TimeSpan maxStaleness)
    {
        options.ApiKey = Key;
        options.MaxRetryAttempts = 0;
        options.MaxStaleness = maxStaleness;
    }

    /// <summary>A pass-through cache that records the keys it was asked for.</summary>
    private sealed class RecordingCache : IBalanceCache
    {
        private readonly ConcurrentQueue<string> keys = new();

        public IReadOnlyList<string> Keys => [.. keys];

        public ValueTask<T> GetOrFetchAsync<T>(string key, Func<CancellationToken, ValueTask<T>> fetch, TimeSpan maxStaleness, CancellationToken cancellationToken)
            where T : BalanceSnapshot
        {
            keys.Enqueue(key);
            return fetch(cancellationToken);
        }
    }
}
