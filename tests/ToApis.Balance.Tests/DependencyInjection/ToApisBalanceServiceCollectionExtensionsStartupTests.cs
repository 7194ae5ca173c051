using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.DependencyInjection;

public sealed class ToApisBalanceServiceCollectionExtensionsStartupTests
{
    private const string Key = "sk-startup0123456789";

    [Fact]
    public void Validate_ValidOptionsWithLoopbackHttp_DoesNotThrow()
    {
        using var server = new TestServer();
        using var provider = ServiceProviderFactory.Build(services =>
            services.AddToApisBalanceClient(o => ToApisBalanceServiceCollectionExtensionsTests.Configure(o, server)));

        var exception = Record.Exception(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_RelativeBaseAddressInSection_ThrowsSayingWhatToSet()
    {
        var section = ServiceProviderFactory.Section("ToApis", ("ApiKey", Key), ("BaseAddress", "toapis.com"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("ToApis:BaseAddress must be an absolute http(s) address such as https://toapis.com; it is 'toapis.com'.", exception.Message);
    }

    [Fact]
    public void Validate_HttpOnNetworkHost_ThrowsAskingForHttps()
    {
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = new Uri("http://toapis.com/v1");
        }));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal(
            "BaseAddress must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is 'http://toapis.com'.",
            exception.Message);
    }

    [Fact]
    public void Validate_NegativeAttemptTimeoutInSection_ThrowsSayingTheRange()
    {
        var section = ServiceProviderFactory.Section("ToApis", ("ApiKey", Key), ("AttemptTimeout", "-00:00:05"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("ToApis:AttemptTimeout must be between 10 milliseconds and 24 hours; it is -00:00:05.", exception.Message);
    }

    [Fact]
    public void Validate_AttemptTimeoutAboveTotalTimeoutInSection_ThrowsSayingBoth()
    {
        var section = ServiceProviderFactory.Section("ToApis", ("ApiKey", Key), ("AttemptTimeout", "00:00:40"), ("TotalTimeout", "00:00:20"));
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(section));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("ToApis:AttemptTimeout (00:00:40) must not exceed ToApis:TotalTimeout (00:00:20).", exception.Message);
    }

    [Fact]
    public void Validate_InvalidKeyedClient_ThrowsNamingItsOptions()
    {
        using var provider = ServiceProviderFactory.Build(services =>
        {
            services.AddToApisBalanceClient("team-a", o => o.ApiKey = Key);
            services.AddToApisBalanceClient("team-b", o =>
            {
                o.ApiKey = Key;
                o.MaxRetryAttempts = 11;
            });
        });

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("team-b", exception.OptionsName);
        Assert.Equal("ToAPIs client 'team-b': MaxRetryAttempts must be between 0 and 10; it is 11.", exception.Message);
    }

    [Fact]
    public void GetRequiredService_InvalidOptions_ThrowsOptionsValidationException()
    {
        using var provider = ServiceProviderFactory.Build(services => services.AddToApisBalanceClient(o =>
        {
            o.ApiKey = Key;
            o.TotalTimeout = TimeSpan.Zero;
        }));

        var exception = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IToApisBalanceClient>);

        Assert.Contains("TotalTimeout must be between 10 milliseconds and 24 hours; it is 00:00:00.", exception.Failures);
    }
}
