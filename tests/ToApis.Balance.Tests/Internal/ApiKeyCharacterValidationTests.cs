using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class ApiKeyCharacterValidationTests
{
    [Theory]
    [InlineData("sk-abc def")]
    [InlineData("sk-abc\r\nX-Injected: 1")]
    [InlineData("\"sk-abc\"x\u00e9")]
    [InlineData("sk-abc\u200b")]
    public void GetFailures_KeyWithCharactersAHeaderCannotCarry_FailsWithoutQuotingTheKey(string apiKey)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(new ToApisBalanceClientOptions { ApiKey = apiKey });

        var failure = Assert.Single(failures);
        Assert.StartsWith("The ToAPIs API key contains spaces, control or non-ASCII characters", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-abc", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void GetFailures_KeyWithSurroundingWhitespace_IsTrimmedAndAccepted()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(new ToApisBalanceClientOptions { ApiKey = "  sk-abc123\n" });

        Assert.Empty(failures);
    }
}
