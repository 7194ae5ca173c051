using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class ToApisBalanceClientOptionsValidatorTests
{
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
            ["ToAPIs client 'team-a': MaxRetryAttempts must be between 0 and 10; it is 11.", "ToAPIs client 'team-a': AttemptTimeout (00:00:40) must not exceed TotalTimeout (00:00:30)."],
            result.Failures);
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

    [Theory]
    [InlineData(-1)]
    [InlineData(86401)]
    public void GetFailures_MaxStalenessOutOfRange_SaysTheRange(int seconds)
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o => o.MaxStaleness = TimeSpan.FromSeconds(seconds)));

        Assert.Equal([$"MaxStaleness must be between 0 and 24 hours; it is {TimeSpan.FromSeconds(seconds)}."], failures);
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

    [Fact]
    public void GetFailures_MaxRetryAfterLongerThanTotalTimeout_Accepted()
    {
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(Valid(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
        }));

        Assert.Empty(failures);
    }

    private static ToApisBalanceClientOptions Valid(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = "sk-validator0123456789" };
        configure?.Invoke(options);
        return options;
    }
}
