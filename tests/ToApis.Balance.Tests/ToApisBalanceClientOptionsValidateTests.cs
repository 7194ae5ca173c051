using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary><c>Validate</c>: the constructors' check, without a client.</summary>
[Collection(ApiKeyEnvironmentCollection.Name)]
public sealed class ToApisBalanceClientOptionsValidateTests
{
    private const string Key = "sk-validate0123456789abcdef";

    [Fact]
    public void Validate_ValidOptions_DoesNotThrow()
    {
        var options = new ToApisBalanceClientOptions { ApiKey = Key };

        Assert.Null(Record.Exception(options.Validate));
    }

    [Fact]
    public void Validate_InvalidOptions_ThrowsTheConstructorsMessageWithoutAParameterName()
    {
        var options = new ToApisBalanceClientOptions { ApiKey = Key, BaseAddress = new Uri("http://example.com"), MaxRetryAttempts = 11 };
        var fromConstructor = Assert.Throws<ArgumentException>(() => new ToApisBalanceClient(options));

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Null(error.ParamName);
        Assert.Equal(fromConstructor.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal), error.Message);
        Assert.StartsWith("Invalid ToApisBalanceClientOptions: BaseAddress must use https", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("MaxRetryAttempts must be between 0 and 10; it is 11.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoKeyButEnvironmentKey_DoesNotThrow()
    {
        using var environment = ApiKeyEnvironmentScope.Set(Key);

        Assert.Null(Record.Exception(new ToApisBalanceClientOptions().Validate));
    }

    [Fact]
    public void Validate_NoKeyAnywhere_SaysWhereToSetIt()
    {
        using var environment = ApiKeyEnvironmentScope.Unset();

        var error = Assert.Throws<ArgumentException>(new ToApisBalanceClientOptions().Validate);

        Assert.Equal(
            "Invalid ToApisBalanceClientOptions: No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey') or the TOAPIS_API_KEY environment variable.",
            error.Message);
    }
}
