using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddToApisBalanceClient_Configure_ResolvesClientThatSendsTheBearerKey()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(o => Configure(o, server)));

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(100m), balance.Remaining);
        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public void AddToApisBalanceClient_Configure_RegistersASingleton()
    {
        using var server = new TestServer();
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(o => Configure(o, server)));

        Assert.Same(provider.GetRequiredService<IToApisBalanceClient>(), provider.GetRequiredService<IToApisBalanceClient>());
    }

    [Fact]
    public void AddToApisBalanceClient_Section_BindsEveryOption()
    {
        var section = ServiceProviderFactory.Section(
            "ToApis",
            ("ApiKey", TestServer.ApiKey),
            ("BaseAddress", "https://api.toapis.cn/v1"),
            ("BalanceUnit", "Cny"),
            ("MaxRetryAttempts", "5"),
            ("RetryBaseDelay", "00:00:00.250"),
            ("MaxRetryAfter", "00:00:03"),
            ("AttemptTimeout", "00:00:05"),
            ("TotalTimeout", "00:00:20"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var options = provider.GetRequiredService<IOptionsMonitor<ToApisBalanceClientOptions>>().Get(Options.DefaultName);

        Assert.Equal(TestServer.ApiKey, options.ApiKey);
        Assert.Equal(new Uri("https://api.toapis.cn/v1"), options.BaseAddress);
        Assert.Equal(BalanceUnit.Cny, options.BalanceUnit);
        Assert.Equal(5, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(3), options.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.TotalTimeout);
    }

    [Fact]
    public async Task AddToApisBalanceClient_Section_ClientUsesTheBoundKeyAddressAndUnit()
    {
        using var server = new TestServer();
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        var section = ServiceProviderFactory.Section(
            "ToApis",
            ("ApiKey", TestServer.ApiKey),
            ("BaseAddress", server.BaseAddress + "v1"),
            ("BalanceUnit", "Cny"),
            ("AttemptTimeout", "00:00:05"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetUserBalanceAsync();

        Assert.Equal(BalanceUnit.Cny, balance.Unit);
        Assert.Equal(1, server.CountRequests(TestServer.UserPath));
        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public async Task AddToApisBalanceClient_SectionWithZeroRetries_ClientMakesOneAttempt()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 502, Bodies.HtmlBadGateway, "text/html");
        var section = ServiceProviderFactory.Section(
            "ToApis",
            ("ApiKey", TestServer.ApiKey),
            ("BaseAddress", server.BaseAddress.ToString()),
            ("MaxRetryAttempts", "0"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        await Assert.ThrowsAsync<ToApisServerException>(() => provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync());

        Assert.Equal(1, server.CountRequests(TestServer.TokenPath));
    }

    [Fact]
    public async Task AddToApisBalanceClient_Configure_ReturnsABuilderWhoseHandlersSeeTheRequests()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var recorder = new RecordingDelegatingHandler();
        using var provider = ServiceProviderFactory.Build(services =>
            services.AddToApisBalanceClient(o => Configure(o, server)).AddHttpMessageHandler(() => recorder));

        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("Bearer " + TestServer.ApiKey, request.Authorization);
        Assert.Equal(new Uri(server.BaseAddress, TestServer.TokenPath), request.RequestUri);
    }

    [Fact]
    public async Task AddToApisBalanceClient_Section_ReturnsABuilderWhoseHandlersSeeTheRequests()
    {
        using var server = new TestServer();
        server.Respond(TestServer.UserPath, 200, Bodies.Full);
        var recorder = new RecordingDelegatingHandler();
        var section = ServiceProviderFactory.Section("ToApis", ("ApiKey", TestServer.ApiKey), ("BaseAddress", server.BaseAddress.ToString()));
        using var provider = ServiceProviderFactory.Build(services =>
            services.AddToApisBalanceClient(section).AddHttpMessageHandler(() => recorder));

        await provider.GetRequiredService<IToApisBalanceClient>().GetUserBalanceAsync();

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("Bearer " + TestServer.ApiKey, request.Authorization);
        Assert.Equal(new Uri(server.BaseAddress, TestServer.UserPath), request.RequestUri);
    }

    [Fact]
    public async Task AddToApisBalanceClient_PrimaryHandlerReplacedOnTheBuilder_SendsThroughIt()
    {
        using var stub = RecordingHandler.Answering(Bodies.WithoutCredits);
        using var provider = ServiceProviderFactory.Build(services =>
            services.AddToApisBalanceClient(o => o.ApiKey = TestServer.ApiKey).ConfigurePrimaryHttpMessageHandler(() => stub));

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(10.5m), balance.Remaining);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("Bearer " + TestServer.ApiKey, request.Authorization);
        Assert.Equal(new Uri("https://toapis.com/v1/balance"), request.RequestUri);
    }

    [Fact]
    public async Task AddToApisBalanceClient_ConcurrentCallsThroughTheRegisteredClient_AllSucceed()
    {
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(o => Configure(o, server)));
        var client = provider.GetRequiredService<IToApisBalanceClient>();

        var balances = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.GetTokenBalanceAsync()));

        Assert.All(balances, balance => Assert.Equal(Quota.Limited(100m), balance.Remaining));
        Assert.Equal(200, server.CountRequests(TestServer.TokenPath));
    }

    internal static void Configure(ToApisBalanceClientOptions options, TestServer server)
    {
        options.ApiKey = TestServer.ApiKey;
        options.BaseAddress = server.BaseAddress;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
    }
}
