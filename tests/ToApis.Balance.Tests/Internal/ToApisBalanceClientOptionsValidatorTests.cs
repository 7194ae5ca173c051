using Microsoft.Extensions.Options;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class ToApisBalanceClientOptionsValidatorTests
{
    private const string HttpsMessageFormat =
        "BaseAddress must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is '{0}'.";

    private const string ServerAddressOnlyFormat =
        "BaseAddress must not carry user info, a query or a fragment; set it to the server address only, such as {0}.";

    [Fact]
    public void Validate_DefaultsWithKey_Succeeds()
    {
        var result = new ToApisBalanceClientOptionsValidator().Validate(name: null, Valid());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NullOptions_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new ToApisBalanceClientOptionsValidator().Validate(name: null, null!));

        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Validate_InvalidOptions_FailsWithEveryFailure()
    {
        var options = Valid(o =>
        {
            o.MaxRetryAttempts = 11;
            o.AttemptTimeout = TimeSpan.FromSeconds(40);
        });

        var result = new ToApisBalanceClientOptionsValidator().Validate("team-a", options);

        Assert.True(result.Failed);
        Assert.Equal(
            ["MaxRetryAttempts must be between 0 and 10; it is 11.", "AttemptTimeout (00:00:40) must not exceed TotalTimeout (00:00:30)."],
            result.Failures);
    }

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

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    public void GetFailures_MaxRetryAttemptsInRange_IsAllowed(int attempts)
    {
        Assert.Empty(ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.MaxRetryAttempts = attempts)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void GetFailures_MaxRetryAttemptsOutOfRange_SaysTheRange(int attempts)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.MaxRetryAttempts = attempts));

        Assert.Equal([$"MaxRetryAttempts must be between 0 and 10; it is {attempts}."], failures);
    }

    [Fact]
    public void GetFailures_ZeroRetryBaseDelayAndMaxRetryAfter_IsAllowed()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAfter = TimeSpan.Zero;
        }));

        Assert.Empty(failures);
    }

    [Fact]
    public void GetFailures_NegativeRetryBaseDelay_SaysTheRange()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(-1)));

        Assert.Equal(["RetryBaseDelay must be between 0 and 24 hours; it is -00:00:00.0010000."], failures);
    }

    [Fact]
    public void GetFailures_RetryBaseDelayOver24Hours_SaysTheRange()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.RetryBaseDelay = TimeSpan.FromHours(25)));

        Assert.Equal(["RetryBaseDelay must be between 0 and 24 hours; it is 1.01:00:00."], failures);
    }

    [Fact]
    public void GetFailures_NegativeMaxRetryAfter_SaysTheRange()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.MaxRetryAfter = TimeSpan.FromSeconds(-1)));

        Assert.Equal(["MaxRetryAfter must be between 0 and 24 hours; it is -00:00:01."], failures);
    }

    [Fact]
    public void GetFailures_TimeoutsAtTheBounds_AreAllowed()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(10);
            o.TotalTimeout = TimeSpan.FromHours(24);
        }));

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(0L, "00:00:00")]
    [InlineData(99_999L, "00:00:00.0099999")]
    [InlineData(-10_000_000L, "-00:00:01")]
    public void GetFailures_AttemptTimeoutBelow10Milliseconds_SaysTheRange(long ticks, string shown)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.AttemptTimeout = TimeSpan.FromTicks(ticks)));

        Assert.Equal([$"AttemptTimeout must be between 10 milliseconds and 24 hours; it is {shown}."], failures);
    }

    [Fact]
    public void GetFailures_TotalTimeoutBelow10Milliseconds_SaysTheRangeAndTheOrder()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.TotalTimeout = TimeSpan.FromMilliseconds(9)));

        Assert.Equal(
            [
                "TotalTimeout must be between 10 milliseconds and 24 hours; it is 00:00:00.0090000.",
                "AttemptTimeout (00:00:10) must not exceed TotalTimeout (00:00:00.0090000).",
            ],
            failures);
    }

    [Fact]
    public void GetFailures_TimeoutsOver24Hours_SaysTheRangeOfEach()
    {
        var tooLong = TimeSpan.FromHours(24) + TimeSpan.FromTicks(1);

        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.AttemptTimeout = tooLong;
            o.TotalTimeout = tooLong;
        }));

        Assert.Equal(
            [
                "AttemptTimeout must be between 10 milliseconds and 24 hours; it is 1.00:00:00.0000001.",
                "TotalTimeout must be between 10 milliseconds and 24 hours; it is 1.00:00:00.0000001.",
            ],
            failures);
    }

    [Fact]
    public void GetFailures_AttemptTimeoutAboveTotalTimeout_SaysBoth()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            o.TotalTimeout = TimeSpan.FromSeconds(15);
        }));

        Assert.Equal(["AttemptTimeout (00:00:20) must not exceed TotalTimeout (00:00:15)."], failures);
    }

    [Fact]
    public void GetFailures_AttemptTimeoutEqualToTotalTimeout_IsAllowed()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(15);
            o.TotalTimeout = TimeSpan.FromSeconds(15);
        }));

        Assert.Empty(failures);
    }

    [Fact]
    public void Ctor_EveryOptionAtItsAllowedExtreme_BuildsTheResiliencePipeline()
    {
        // The validator's ranges must not accept what Polly's own option validation rejects when the client is built.
        var options = Valid(o =>
        {
            o.MaxRetryAttempts = 10;
            o.RetryBaseDelay = TimeSpan.FromHours(24);
            o.MaxRetryAfter = TimeSpan.FromHours(24);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(10);
            o.TotalTimeout = TimeSpan.FromHours(24);
        });

        using var client = new ToApisBalanceClient(options);

        Assert.Empty(ToApisBalanceClientOptionsValidator.GetFailures(options));
    }

    private static ToApisBalanceClientOptions Valid(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = "sk-validator0123456789" };
        configure?.Invoke(options);
        return options;
    }
}
