using System.Globalization;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli.Tests;

/// <summary>How figures read wherever a person or a Prometheus scrape reads them.</summary>
public sealed class FiguresTests
{
    [Fact]
    public void Text_Quota_TheAmountUnlimitedOrNotReported()
    {
        Assert.Equal(["1500", "Unlimited", "not reported"], new[] { Quota.Limited(1500.0m), Quota.Unlimited, Quota.NotReported }.Select(Figures.Text));
    }

    [Fact]
    public void Text_MissingAmount_NotReported()
    {
        Assert.Equal(["2.5", "not reported"], new decimal?[] { 2.50m, null }.Select(Figures.Text));
    }

    [Fact]
    public void Percent_TwoDecimalsAtMostWithoutTrailingZeros()
    {
        Assert.Equal(["2.5", "33.33", "100"], new[] { 2.500m, 33.3333m, 100.00m }.Select(value => Figures.Percent(value).ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Scope_TheLowerCaseNameOfEachScope()
    {
        Assert.Equal(["token", "user", "both"], new[] { BalanceScope.Token, BalanceScope.User, BalanceScope.Both }.Select(Figures.Scope));
    }
}
