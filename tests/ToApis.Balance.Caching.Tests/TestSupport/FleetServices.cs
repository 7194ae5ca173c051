using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>The registration every test instance shares, as the README's sample does it: HybridCache, the client, the fleet cache.</summary>
internal static class FleetServices
{
    /// <summary>Registers the unnamed client, or a keyed one when <paramref name="name"/> is given.</summary>
    public static void AddCachedClient(IServiceCollection services, Gateway gateway, string apiKey, TimeSpan maxStaleness, string? name = null)
    {
        services.AddHybridCache();
        Action<ToApisBalanceClientOptions> configure = options =>
        {
            options.ApiKey = apiKey;
            options.BaseAddress = new Uri("http://127.0.0.1/");
            options.MaxRetryAttempts = 0;
            options.MaxStaleness = maxStaleness;
        };
        (name is null ? services.AddToApisBalanceClient(configure) : services.AddToApisBalanceClient(name, configure))
            .ConfigurePrimaryHttpMessageHandler(gateway.CreateHandler)
            .AddFleetBalanceCache();
    }
}
