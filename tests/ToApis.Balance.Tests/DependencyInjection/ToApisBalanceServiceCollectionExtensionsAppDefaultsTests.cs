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

    [Fact]
    public async Task AddToApisBalanceClient_AppHandlerAboveTheSdkReadsTheResponseBody_GetsTheBytesTheServerSent()
    {
        const string Body = """{"success":true,"remain_balance":12.5,"used_balance":0.5,"unlimited_quota":false}""";
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Body);
        var seen = new BodyReadingHandler();
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => seen));
            services.AddToApisBalanceClient(options =>
            {
                options.ApiKey = TestServer.ApiKey;
                options.BaseAddress = server.BaseAddress;
            });
        });

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(12.5m, balance.Remaining.Amount);
        Assert.Equal(Body, seen.Body);
    }

    private static void AddAppDefaults(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.Retry.MaxRetryAttempts = 3;
        }));

    /// <summary>An app's handler above the SDK's (added to every client) that reads each response's body, as a logging handler would.</summary>
    private sealed class BodyReadingHandler : DelegatingHandler
    {
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response;
        }
    }
}
