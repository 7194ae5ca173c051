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
    public void Validate_SectionWithoutKeyAndNoVariable_ThrowsNamingApiKeyAndTheVariable()
    {
        using var environment = ApiKeyEnvironmentScope.Unset();
        var section = ServiceProviderFactory.Section("ToApis", ("BalanceUnit", "Usd"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains("ApiKey", exception.Message, StringComparison.Ordinal);
        Assert.Contains("TOAPIS_API_KEY", exception.Message, StringComparison.Ordinal);
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
}
