using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class ToApisBalanceClientOptionsValidatorBaseAddressTests
{
    private const string HttpsMessageFormat =
        "BaseAddress must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is '{0}'.";

    private const string ServerAddressOnlyFormat =
        "BaseAddress must not carry user info, a query or a fragment; set it to the server address only, such as {0}.";

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:8080")]
    public void GetFailures_HttpOnLoopback_IsAllowed(string address)
    {
        Assert.Empty(ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri(address))));
    }

    [Theory]
    [InlineData("https://toapis.com")]
    [InlineData("https://api.toapis.cn/v1")]
    [InlineData("https://203.0.113.7:8443/")]
    [InlineData("https://localhost:5001")]
    public void GetFailures_HttpsAnywhere_IsAllowed(string address)
    {
        Assert.Empty(ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri(address))));
    }

    [Theory]
    [InlineData("http://toapis.com", "http://toapis.com")]
    [InlineData("http://api.toapis.cn:8080/v1", "http://api.toapis.cn:8080")]
    [InlineData("http://203.0.113.7", "http://203.0.113.7")]
    public void GetFailures_HttpOnNetworkHost_AsksForHttps(string address, string origin)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri(address)));

        Assert.Equal([string.Format(System.Globalization.CultureInfo.InvariantCulture, HttpsMessageFormat, origin)], failures);
    }

    [Fact]
    public void GetFailures_NullBaseAddress_AsksForTheServerAddress()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = null!));

        Assert.Equal(["BaseAddress is required: set it to the ToAPIs server, e.g. https://toapis.com."], failures);
    }

    [Fact]
    public void GetFailures_RelativeBaseAddress_AsksForAnAbsoluteAddress()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri("toapis.com/v1", UriKind.Relative)));

        Assert.Equal(["BaseAddress must be an absolute http(s) address such as https://toapis.com; it is 'toapis.com/v1'."], failures);
    }

    [Fact]
    public void GetFailures_NonHttpScheme_AsksForAnAbsoluteHttpAddress()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri("ftp://toapis.com")));

        Assert.Equal(["BaseAddress must be an absolute http(s) address such as https://toapis.com; it is 'ftp://toapis.com'."], failures);
    }

    [Fact]
    public void GetFailures_NonHttpSchemeWithUserInfo_NeverRepeatsTheUserInfo()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri("ftp://admin:hunter2@toapis.com/v1")));

        Assert.Equal(["BaseAddress must be an absolute http(s) address such as https://toapis.com; it is 'ftp://toapis.com'."], failures);
    }

    [Theory]
    [InlineData("https://toapis.com/?key=1")]
    [InlineData("https://toapis.com/v1#balance")]
    public void GetFailures_QueryOrFragment_AsksForTheServerAddressOnly(string address)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri(address)));

        Assert.Equal([string.Format(System.Globalization.CultureInfo.InvariantCulture, ServerAddressOnlyFormat, "https://toapis.com")], failures);
    }

    [Fact]
    public void GetFailures_UserInfo_AsksForTheServerAddressWithoutRepeatingTheUserInfo()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri("https://admin:hunter2@toapis.com:8443/v1")));

        Assert.Equal([string.Format(System.Globalization.CultureInfo.InvariantCulture, ServerAddressOnlyFormat, "https://toapis.com:8443")], failures);
    }

    [Fact]
    public void GetFailures_HttpWithUserInfoOnNetworkHost_NeverRepeatsTheUserInfo()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.BaseAddress = new Uri("http://sk-secret@toapis.com")));

        Assert.Equal(2, failures.Count);
        Assert.All(failures, failure => Assert.DoesNotContain("sk-secret", failure, StringComparison.Ordinal));
    }

    private static ToApisBalanceClientOptions Valid(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = "sk-validator0123456789" };
        configure?.Invoke(options);
        return options;
    }
}
