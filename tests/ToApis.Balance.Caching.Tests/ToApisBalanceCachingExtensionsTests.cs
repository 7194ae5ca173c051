using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Caching.Tests;

public sealed class ToApisBalanceCachingExtensionsTests
{
    [Fact]
    public void AddFleetBalanceCache_NullBuilder_Throws()
    {
        Assert.Throws<ArgumentNullException>("builder", () => ToApisBalanceCachingExtensions.AddFleetBalanceCache(null!));
    }

    [Fact]
    public void AddFleetBalanceCache_AnotherHttpClient_Throws()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>("builder", () => services.AddHttpClient("other").AddFleetBalanceCache());

        Assert.StartsWith("AddFleetBalanceCache applies to the builder returned by AddToApisBalanceClient, not to the HTTP client 'other'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFleetBalanceCache_KeyedClient_RegistersTheCacheUnderItsName()
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        services.AddToApisBalanceClient("team", options => options.ApiKey = "sk-team0123456789abcdef").AddFleetBalanceCache();
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetKeyedService<IBalanceCache>("team"));
        Assert.Null(provider.GetKeyedService<IBalanceCache>(string.Empty));
    }

    [Fact]
    public void AddFleetBalanceCache_NoHybridCache_ResolvingTheClientSaysWhatToCall()
    {
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(options => options.ApiKey = "sk-team0123456789abcdef").AddFleetBalanceCache();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IToApisBalanceClient>());

        Assert.Equal("AddFleetBalanceCache needs a HybridCache: call services.AddHybridCache(), and services.AddStackExchangeRedisCache(...) for its Redis level.", error.Message);
    }
}
