using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.Internal;

public sealed class BalanceFiguresTests
{
    /// <summary>An account with 10 % left: 4,000 credits (20 USD) of 40,000.</summary>
    private static readonly UserBalance Account = new() { Remaining = Quota.Limited(20m), Used = 180m, RemainingCredits = Quota.Limited(4000m), UsedCredits = 36000m, RemainingUsd = Quota.Limited(20m) };

    private static readonly BalanceFigures AccountFigures = new(Quota.Limited(4000m), Quota.Limited(20m), Quota.Limited(20m), Quota.Limited(10m));

    [Fact]
    public void From_CreditsAndUsedCredits_PercentOfTheirSum()
    {
        var figures = BalanceFigures.From(new TokenBalance { Remaining = Quota.Limited(100m), Used = 25.5m, RemainingCredits = Quota.Limited(20000m), UsedCredits = 5000m });

        Assert.Equal(Quota.Limited(80m), figures.PercentRemaining);
        Assert.Equal(Quota.Limited(20000m), figures.Credits);
        Assert.Equal(Quota.Limited(100m), figures.Balance);
    }

    [Fact]
    public void From_NoCredits_PercentFromTheBalance()
    {
        var figures = BalanceFigures.From(new TokenBalance { Remaining = Quota.Limited(30m), Used = 10m });

        Assert.Equal(Quota.Limited(75m), figures.PercentRemaining);
        Assert.Equal(Quota.NotReported, figures.Credits);
    }

    [Fact]
    public void From_UsedNotReported_PercentNotReported()
    {
        var figures = BalanceFigures.From(new UserBalance { Remaining = Quota.Limited(30m), RemainingCredits = Quota.Limited(6000m) });

        Assert.Equal(Quota.NotReported, figures.PercentRemaining);
    }

    [Fact]
    public void From_Overdrawn_ZeroPercent()
    {
        var figures = BalanceFigures.From(new UserBalance { Remaining = Quota.Limited(-3m), Used = 53m });

        Assert.Equal(Quota.Limited(0m), figures.PercentRemaining);
    }

    [Fact]
    public void From_NothingGrantedNorSpent_ZeroPercent()
    {
        var figures = BalanceFigures.From(new UserBalance { Remaining = Quota.Limited(0m), Used = 0m, RemainingCredits = Quota.Limited(0m), UsedCredits = 0m });

        Assert.Equal(Quota.Limited(0m), figures.PercentRemaining);
    }

    [Fact]
    public void From_Unlimited_EveryFigureUnlimited()
    {
        var figures = BalanceFigures.From(new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited, RemainingUsd = Quota.Unlimited, Used = 25.5m });

        Assert.Equal(new BalanceFigures(Quota.Unlimited, Quota.Unlimited, Quota.Unlimited, Quota.Unlimited), figures);
    }

    [Fact]
    public void From_Both_TheSmallerOfEachFigure()
    {
        var balances = new Balances(
            new TokenBalance { Remaining = Quota.Limited(50m), Used = 50m, RemainingCredits = Quota.Limited(10000m), UsedCredits = 10000m, RemainingUsd = Quota.Limited(50m) },
            Account);

        Assert.Equal(AccountFigures, BalanceFigures.From(balances));
    }

    [Fact]
    public void From_BothWithAnUnlimitedKey_TheAccountsFigures()
    {
        var balances = new Balances(
            new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited, RemainingUsd = Quota.Unlimited },
            Account);

        Assert.Equal(AccountFigures, BalanceFigures.From(balances));
    }

    [Fact]
    public void From_BothWithASideNotReportingUsed_PercentNotReported()
    {
        var balances = new Balances(
            new TokenBalance { Remaining = Quota.Limited(50m), RemainingCredits = Quota.Limited(10000m) },
            Account);

        Assert.Equal(Quota.NotReported, BalanceFigures.From(balances).PercentRemaining);
    }
}
