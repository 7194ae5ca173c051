using ToApis.Balance.Caching.Internal;

namespace ToApis.Balance.Caching.Tests.Internal;

public sealed class FleetCacheSettingsTests
{
    [Fact]
    public void From_DefaultOptions_HalfASecondBudgetAThreeSecondLeaseAndALockHeldForTheWholeCall()
    {
        var settings = FleetCacheSettings.From(new ToApisBalanceClientOptions());

        Assert.Equal(TimeSpan.FromMilliseconds(500), settings.RedisBudget);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.LockLease);
        Assert.Equal(TimeSpan.FromSeconds(35), settings.HoldLimit);
    }

    [Theory]
    [InlineData(200, 50)]
    [InlineData(1000, 50)]
    [InlineData(4000, 200)]
    [InlineData(10000, 500)]
    [InlineData(60000, 500)]
    public void From_AttemptTimeout_BudgetIsATwentiethBetween50And500MillisecondsAndTheLeaseSixBudgets(int attemptMilliseconds, int budgetMilliseconds)
    {
        var settings = FleetCacheSettings.From(new ToApisBalanceClientOptions { AttemptTimeout = TimeSpan.FromMilliseconds(attemptMilliseconds) });

        Assert.Equal(TimeSpan.FromMilliseconds(budgetMilliseconds), settings.RedisBudget);
        Assert.Equal(TimeSpan.FromMilliseconds(budgetMilliseconds * 6), settings.LockLease);
    }

    [Fact]
    public void From_TotalTimeout_LockHeldFiveSecondsLonger()
    {
        var settings = FleetCacheSettings.From(new ToApisBalanceClientOptions { TotalTimeout = TimeSpan.FromSeconds(12) });

        Assert.Equal(TimeSpan.FromSeconds(17), settings.HoldLimit);
    }
}
