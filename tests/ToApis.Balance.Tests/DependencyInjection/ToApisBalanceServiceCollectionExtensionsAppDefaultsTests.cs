using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsAppDefaultsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddToApisBalanceClient_AppAddsStandardResilienceToEveryClient_OnlyTheSdkPipelineRuns(bool appDefaultsFirst)
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 503, "{}");
        using var provider = ServiceProviderFactory.Build(services =>
        {
            if (appDefaultsFirst)
            {
                AddAppDefaults(services);
            }

            services.AddToApisBalanceClient(options =>
            {
                options.ApiKey = TestServer.ApiKey;
                options.BaseAddress = server.BaseAddress;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                options.MaxRetryAttempts = 1;
            });

            if (!appDefaultsFirst)
            {
                AddAppDefaults(services);
            }
        });
        var client = provider.GetRequiredService<IToApisBalanceClient>();

        await Assert.ThrowsAsync<ToApisServerException>(() => client.GetTokenBalanceAsync());

        Assert.Equal(2, server.CountRequests(TestServer.TokenPath));
    }

    private static void AddAppDefaults(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.Retry.MaxRetryAttempts = 3;
        }));
}
