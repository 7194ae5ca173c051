using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ToApis.Balance;
using ToApis.Balance.Internal;
using ToApis.Balance.Caching.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the fleet cache to a client registered with <c>AddToApisBalanceClient</c>.</summary>
public static class ToApisBalanceCachingExtensions
{

    /// <summary>
    /// Lets this client share its balances with every instance of the service through the app's
    /// <see cref="HybridCache"/>: after the first miss, the server sees about one request per
    /// <see cref="ToApisBalanceClientOptions.MaxStaleness"/> window for the whole fleet. The cache is used only
    /// when <see cref="ToApisBalanceClientOptions.MaxStaleness"/> is above zero.
    /// </summary>
    /// <remarks>
    /// The app registers the cache itself: <c>services.AddHybridCache()</c>, and
    /// <c>services.AddStackExchangeRedisCache(...)</c> for its Redis level. When the app also registers an
    /// <see cref="IConnectionMultiplexer"/>, a lock in Redis (<c>SET NX PX</c>, living as long as the client's
    /// <see cref="ToApisBalanceClientOptions.TotalTimeout"/> and 5 s) lets a cold fleet cost one request.
    /// Every Redis operation a caller waits for (the read, the lock) has a budget of a twentieth of
    /// <see cref="ToApisBalanceClientOptions.AttemptTimeout"/>, between 50 ms and 500 ms; the fresh balance is
    /// written to Redis in the background. When Redis fails or does not answer within the budget, the client calls
    /// the server, a Warning is logged once, and Redis is skipped for 5 s at a time until it answers again (then an
    /// Information is logged). No call fails because of the cache.
    /// </remarks>
    /// <param name="builder">The builder <c>AddToApisBalanceClient</c> returned.</param>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the builder of a ToAPIs balance client.</exception>
    public static IHttpClientBuilder AddFleetBalanceCache(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = ToApisHttpClientNames.ClientName(builder.Name)
            ?? throw new ArgumentException($"AddFleetBalanceCache applies to the builder returned by AddToApisBalanceClient, not to the HTTP client '{builder.Name}'.", nameof(builder));
        var services = builder.Services;
        services.TryAddSingleton<IHybridCacheSerializer<TokenBalance>, BalanceSnapshotSerializer<TokenBalance>>();
        services.TryAddSingleton<IHybridCacheSerializer<UserBalance>, BalanceSnapshotSerializer<UserBalance>>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new RedisCircuit(FleetCacheDefaults.BreakDuration, provider.GetRequiredService<TimeProvider>(), CreateLogger(provider)));
        services.TryAddKeyedSingleton<IBalanceCache>(name, (provider, _) => Create(provider, name));
        return builder;
    }

    private static FleetBalanceCache Create(IServiceProvider provider, string name)
    {
        var settings = FleetCacheSettings.From(provider.GetRequiredService<IOptionsMonitor<ToApisBalanceClientOptions>>().Get(name));
        var cache = provider.GetService<HybridCache>()
            ?? throw new InvalidOperationException("AddFleetBalanceCache needs a HybridCache: call services.AddHybridCache(), and services.AddStackExchangeRedisCache(...) for its Redis level.");
        var redis = provider.GetService<IConnectionMultiplexer>();
        var circuit = provider.GetRequiredService<RedisCircuit>();
        return new FleetBalanceCache(cache, redis is null ? null : new FleetLock(redis, settings.LockLease, settings.HoldLimit), circuit, settings.RedisBudget, provider.GetRequiredService<TimeProvider>(), CreateLogger(provider));
    }

    private static ILogger CreateLogger(IServiceProvider provider) =>
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(FleetBalanceCache.LogCategory);
}
