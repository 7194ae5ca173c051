using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>The registration every test instance shares, as the README's sample does it: HybridCache, the client, the fleet cache.</summary>
internal static class FleetServices
{
    public static void AddCachedClient(IServiceCollection services, Gateway gateway, string apiKey, TimeSpan maxStaleness)
    {
        services.AddHybridCache();
        services
            .AddToApisBalanceClient(options =>
            {
                options.ApiKey = apiKey;
                options.BaseAddress = new Uri("http://127.0.0.1/");
                options.MaxRetryAttempts = 0;
                options.MaxStaleness = maxStaleness;
            })
            .ConfigurePrimaryHttpMessageHandler(gateway.CreateHandler)
            .AddFleetBalanceCache();
    }
}
