namespace ToApis.Balance.Tests;

public sealed class ToApisBalanceClientOptionsTests
{
    private const string Key = "sk-optionsKey0123456789xyz";

    [Fact]
    public void Ctor_Ok()
    {
        var options = new ToApisBalanceClientOptions();

        Assert.Equal(new Uri("https://toapis.com"), options.BaseAddress);
        Assert.Equal(BalanceUnit.Unspecified, options.BalanceUnit);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxRetryAfter);
        Assert.False(options.ShareConcurrentCalls);
        Assert.Equal(TimeSpan.Zero, options.MaxStaleness);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TotalTimeout);
        Assert.Null(options.ApiKey);
    }

    [Fact]
    public void ToString_KeySet_DoesNotContainKey()
    {
        var options = new ToApisBalanceClientOptions { ApiKey = Key };

        var text = options.ToString();

        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("optionsKey", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_KeySet_ShowsMask()
    {
        var options = new ToApisBalanceClientOptions { ApiKey = Key };

        Assert.Contains("ApiKey = ***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShortNonKeyShapedKey_DoesNotContainKey()
    {
        var options = new ToApisBalanceClientOptions { ApiKey = "hunter2" };

        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ToString_NoKey_SaysNotSet(string? key)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = key };

        Assert.Contains("ApiKey = (not set)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Defaults_DescribesEverySetting()
    {
        var text = new ToApisBalanceClientOptions().ToString();

        Assert.Equal(
            "BaseAddress = https://toapis.com/, ApiKey = (not set), BalanceUnit = Unspecified, MaxRetryAttempts = 3, " +
            "RetryBaseDelay = 00:00:02, MaxRetryAfter = 00:00:10, AttemptTimeout = 00:00:10, TotalTimeout = 00:00:30, ShareConcurrentCalls = False, MaxStaleness = 00:00:00",
            text);
    }

    [Fact]
    public void ToString_BaseAddressWithUserInfoQueryAndFragment_ShowsOnlySchemeHostAndPath()
    {
        var options = new ToApisBalanceClientOptions { BaseAddress = new Uri("https://admin:hunter2@proxy.example/toapis/v1?key=sk-secret123456#sk-other123456") };

        Assert.Contains("BaseAddress = https://proxy.example/toapis/v1, ", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", options.ToString(), StringComparison.Ordinal);
    }
}
