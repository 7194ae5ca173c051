using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

[Collection(ApiKeyEnvironmentCollection.Name)]
public sealed class ToApisBalanceClientOptionsValidatorApiKeyTests
{
    private const string NoKeyMessage =
        "No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey') or the TOAPIS_API_KEY environment variable.";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GetFailures_NoKeyAnywhere_SaysWhereToSetIt(string? apiKey)
    {
        using var environment = ApiKeyEnvironmentScope.Unset();

        var failures = ToApisBalanceClientOptionsValidator.GetFailures(new ToApisBalanceClientOptions { ApiKey = apiKey });

        Assert.Equal([NoKeyMessage], failures);
    }

    [Fact]
    public void GetFailures_WhiteSpaceEnvironmentKeyOnly_SaysWhereToSetIt()
    {
        using var environment = ApiKeyEnvironmentScope.Set("  ");

        var failures = ToApisBalanceClientOptionsValidator.GetFailures(new ToApisBalanceClientOptions());

        Assert.Equal([NoKeyMessage], failures);
    }

    [Fact]
    public void GetFailures_KeyOnlyInEnvironment_IsAllowed()
    {
        using var environment = ApiKeyEnvironmentScope.Set("sk-fromenvironment123");

        Assert.Empty(ToApisBalanceClientOptionsValidator.GetFailures(new ToApisBalanceClientOptions()));
    }
}
