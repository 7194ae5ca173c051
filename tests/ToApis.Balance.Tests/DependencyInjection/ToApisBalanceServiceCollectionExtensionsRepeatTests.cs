using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsRepeatTests
{
    [Fact]
    public async Task AddToApisBalanceClient_CalledTwice_RetriesOnlyAsConfigured()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 500, Bodies.HtmlBadGateway, "text/html");
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(o => ToApisBalanceServiceCollectionExtensionsTests.Configure(o, server));
            services.AddToApisBalanceClient(o => o.MaxRetryAttempts = 1);
        });

        await Assert.ThrowsAsync<ToApisServerException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        Assert.Equal(2, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task AddToApisBalanceClient_SectionThenConfigure_AppliesBoth()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var section = ServiceProviderFactory.Section("ToApis", ("ApiKey", TestServer.ApiKey), ("BaseAddress", server.BaseAddress.ToString()));
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(section);
            services.AddToApisBalanceClient(o => o.BalanceUnit = BalanceUnit.Usd);
        });

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(BalanceUnit.Usd, balance.Unit);
        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task AddToApisBalanceClient_KeyedCalledTwice_RetriesOnlyAsConfigured()
    {
        using var server = new TestServer();
        server.Respond(TestServer.UserPath, 503, Bodies.HtmlBadGateway, "text/html");
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient("team-a", o => ToApisBalanceServiceCollectionExtensionsTests.Configure(o, server));
            services.AddToApisBalanceClient("team-a", o => o.MaxRetryAttempts = 2);
        });

        await Assert.ThrowsAsync<ToApisServerException>(() => provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetUserBalanceAsync());

        Assert.Equal(3, server.CountRequests(TestServer.UserPath));
    }

    [Fact]
    public async Task AddToApisBalanceClient_CalledTwice_SecondBuilderStillChainsHandlers()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var recorder = new RecordingDelegatingHandler();
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(o => ToApisBalanceServiceCollectionExtensionsTests.Configure(o, server));
            services.AddToApisBalanceClient(o => o.BalanceUnit = BalanceUnit.Cny).AddHttpMessageHandler(() => recorder);
        });

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("Bearer " + TestServer.ApiKey, request.Authorization);
    }
}
