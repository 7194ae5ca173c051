using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.Internal;

public sealed class PollScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(0.0, 270)]
    [InlineData(0.5, 300)]
    [InlineData(0.9999, 330)]
    public void Next_Jitter_SpreadsTheWaitAroundTheInterval(double random, int seconds)
    {
        Assert.Equal(seconds, PollSchedule.Next(Interval, 0.1, random, null, 0).TotalSeconds, 1);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 1)]
    [InlineData(0.9999, 1.9998)]
    public void First_Jitter_SpreadsTheFirstPollFromZeroToTheConfiguredWait(double random, double seconds)
    {
        Assert.Equal(seconds, PollSchedule.First(TimeSpan.FromSeconds(2), random).TotalSeconds, 3);
    }

    [Fact]
    public void Next_OtherFailure_TheInterval()
    {
        Assert.Equal(Interval, PollSchedule.Next(Interval, 0, 0.5, new ToApisServerException(), 4));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 60)]
    [InlineData(30, 60)]
    public void Next_KeyRefused_DoublesUpToAnHour(int repeats, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), PollSchedule.Next(Interval, 0, 0.5, new ToApisAuthenticationException(), repeats));
    }

    [Fact]
    public void Next_KeyRefusedWithAnIntervalOverAnHour_NeverShorterThanTheInterval()
    {
        var interval = TimeSpan.FromHours(2);

        Assert.Equal(interval, PollSchedule.Next(interval, 0, 0.5, new ToApisAuthenticationException(), 5));
    }

    [Fact]
    public void Next_RetryAfterLongerThanTheInterval_WaitsForIt()
    {
        var limited = new ToApisRateLimitException { RetryAfter = TimeSpan.FromMinutes(12) };

        Assert.Equal(TimeSpan.FromMinutes(12), PollSchedule.Next(Interval, 0, 0.5, limited, 0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void Next_RetryAfterWithJitter_NeverBeforeTheServersWait(double random)
    {
        var limited = new ToApisRateLimitException { RetryAfter = TimeSpan.FromMinutes(10) };

        Assert.True(PollSchedule.Next(Interval, 0.1, random, limited, 0) >= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Next_RetryAfterShorterThanTheInterval_TheInterval()
    {
        var limited = new ToApisRateLimitException { RetryAfter = TimeSpan.FromSeconds(3) };

        Assert.Equal(Interval, PollSchedule.Next(Interval, 0, 0.5, limited, 0));
    }

    [Fact]
    public void Next_RetryAfterOfDays_CappedAtADay()
    {
        var limited = new ToApisRateLimitException { RetryAfter = TimeSpan.FromDays(3) };

        Assert.Equal(TimeSpan.FromDays(1), PollSchedule.Next(Interval, 0, 0.5, limited, 0));
    }
}
