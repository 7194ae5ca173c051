using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

[Collection(ApiKeyEnvironmentCollection.Name)]
public sealed class ToApisBalanceServiceCollectionExtensionsEnvironmentTests
{
    private const string EnvironmentKey = "sk-diEnvironment0123456789";

    [Fact]
    public void Validate_NoKeyAnywhere_ThrowsNamingApiKeyAndTheVariable()
    {
        using var environment = ApiKeyEnvironmentScope.Unset();
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient());

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal(
            "No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey') or the TOAPIS_API_KEY environment variable.",
            exception.Message);
    }

    [Fact]
    public async Task AddToApisBalanceClient_NoOptionsWithEnvironmentKey_SendsTheEnvironmentKey()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient();
            services.Configure<ToApisBalanceClientOptions>(o => o.BaseAddress = server.BaseAddress);
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + EnvironmentKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public void Validate_KeyedClientSectionWithoutKey_ThrowsNamingTheClientAndTheKeyPath()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        var section = ServiceProviderFactory.Section("ToApis:TeamB", ("BaseAddress", "https://toapis.com"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient("team-b", section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal(
            "ToAPIs client 'team-b': No ToAPIs API key: set ToApis:TeamB:ApiKey in configuration. A named client does not fall back to the TOAPIS_API_KEY environment variable, which holds the unnamed client's key.",
            exception.Message);
    }

    [Fact]
    public void Validate_KeyedClientConfiguredInCodeWithoutKey_ThrowsEvenWithTheEnvironmentVariableSet()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient("team-b", o => o.MaxRetryAttempts = 1));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.StartsWith("ToAPIs client 'team-b': No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToApisBalanceClient_KeyedClientWithKeyAndEnvironmentKeySet_SendsItsOwnKey()
    {
        using var environment = ApiKeyEnvironmentScope.Set(EnvironmentKey);
        using var server = new TestServer();
        server.Respond(TestServer.TokenPath, 200, Bodies.Full);
        var section = ServiceProviderFactory.Section("ToApis:TeamB", ("ApiKey", TestServer.ApiKey), ("BaseAddress", server.BaseAddress.ToString()));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient("team-b", section));

        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredKeyedService<IToApisBalanceClient>("team-b").GetTokenBalanceAsync();

        Assert.Equal(["Bearer " + TestServer.ApiKey], WireMockLog.AuthorizationHeaders(server));
    }

    [Fact]
    public void Validate_UnnamedClientSectionWithoutKey_NamesTheKeyPathAndTheEnvironmentVariable()
    {
        using var environment = ApiKeyEnvironmentScope.Unset();
        var section = ServiceProviderFactory.Section("ToApis", ("BalanceUnit", "Usd"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("No ToAPIs API key: set ToApis:ApiKey in configuration or the TOAPIS_API_KEY environment variable.", exception.Message);
    }
}
