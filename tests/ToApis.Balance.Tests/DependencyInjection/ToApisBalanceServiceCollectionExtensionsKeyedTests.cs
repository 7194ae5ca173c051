using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsKeyedTests
{
    private const string KeyA = "sk-teamA0123456789abcdef";
    private const string KeyB = "sk-teamB0123456789abcdef";

    [Fact]
    public async Task AddToApisBalanceClient_TwoKeyedClients_EachSendsItsOwnKey()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = BuildTwoTeams(server);

        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetTokenBalanceAsync();
        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b").GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + KeyA, "Bearer " + KeyB], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task AddToApisBalanceClient_TwoKeyedClients_EachUsesItsOwnUnit()
    {
        using var server = new TestServer();
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        using var provider = BuildTwoTeams(server);

        var a = await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetUserBalanceAsync();
        var b = await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b").GetUserBalanceAsync();

        Assert.Equal(BalanceUnit.Usd, a.Unit);
        Assert.Equal(BalanceUnit.Cny, b.Unit);
    }

    [Fact]
    public void AddToApisBalanceClient_Keyed_RegistersOneSingletonPerKey()
    {
        using var server = new TestServer();
        using var provider = BuildTwoTeams(server);

        var a = provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a");

        Assert.Same(a, provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a"));
        Assert.NotSame(a, provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b"));
    }

    [Fact]
    public void AddToApisBalanceClient_KeyedOnly_RegistersNoUnkeyedClient()
    {
        using var server = new TestServer();
        using var provider = BuildTwoTeams(server);

        Assert.Null(provider.GetService<IToApisBalanceClient>());
        Assert.Null(provider.GetKeyedService<IToApisBalanceClient>("team-c"));
    }

    [Fact]
    public async Task AddToApisBalanceClient_KeyedSection_BindsAndSendsThatKey()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var section = ServiceProviderFactory.Section(
            "ToApis:TeamA",
            ("ApiKey", KeyA),
            ("BaseAddress", server.BaseAddress.ToString()),
            ("BalanceUnit", "Tokens"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient("team-a", section));

        var balance = await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetTokenBalanceAsync();

        Assert.Equal(BalanceUnit.Tokens, balance.Unit);
        Assert.Equal(["Bearer " + KeyA], WireMockLog.AuthorizationHeaders(server));
        Assert.Equal(KeyA, provider.GetRequiredService<IOptionsMonitor<ToApisBalanceClientOptions>>().Get("team-a").ApiKey);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyedSectionClientRefused_HintNamesItsKeyPathNotTheEnvironment()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 401, Bodies.AuthenticationError);
        var section = ServiceProviderFactory.Section("ToApisTeamB", ("ApiKey", TestServer.ApiKey), ("BaseAddress", server.BaseAddress.ToString()), ("MaxRetryAttempts", "0"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient("team-b", section));

        var exception = await Assert.ThrowsAsync<ToApisAuthenticationException>(() => provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b").GetTokenBalanceAsync());

        Assert.EndsWith("Check the key in ToApisTeamB:ApiKey.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToApisBalanceClient_KeyedBuilder_HandlerSeesOnlyItsOwnClientsRequests()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var recorderA = new RecordingDelegatingHandler();
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient("team-a", o => Configure(o, server, KeyA)).AddHttpMessageHandler(() => recorderA);
            services.AddToApisBalanceClient("team-b", o => Configure(o, server, KeyB));
        });

        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b").GetTokenBalanceAsync();
        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetTokenBalanceAsync();

        var request = Assert.Single(recorderA.Requests);
        Assert.Equal("Bearer " + KeyA, request.Authorization);
    }

    [Fact]
    public async Task AddToApisBalanceClient_KeyedAndUnkeyed_EachSendsItsOwnKey()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient(o => Configure(o, server, TestServer.ApiKey));
            services.AddToApisBalanceClient("team-a", o => Configure(o, server, KeyA));
        });

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();
        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-a").GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + TestServer.ApiKey, "Bearer " + KeyA], WireMockLog.AuthorizationHeaders(server));
    }

    private static ServiceProvider BuildTwoTeams(TestServer server) =>
        ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient("team-a", o =>
            {
                Configure(o, server, KeyA);
                o.BalanceUnit = BalanceUnit.Usd;
            });
            services.AddToApisBalanceClient("team-b", o =>
            {
                Configure(o, server, KeyB);
                o.BalanceUnit = BalanceUnit.Cny;
            });
        });

    private static void Configure(ToApisBalanceClientOptions options, TestServer server, string apiKey)
    {
        ToApisBalanceServiceCollectionExtensionsTests.Configure(options, server);
        options.ApiKey = apiKey;
    }
}
