using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>
/// The effective figures of <see cref="Balances"/>: the smaller side, never a figure that may be too high. The
/// property-based half is in Fuzzing/ (CsCheck 5, net10.0 only).
/// </summary>
public sealed partial class BalancesTests
{
    [Fact]
    public void EffectiveRemaining_KeyLimitAboveWhatTheAccountHolds_IsTheAccountsBalance()
    {
        var balances = Of(remaining: (Quota.Limited(500m), Quota.Limited(12.5m)));

        Assert.Equal(Quota.Limited(12.5m), balances.EffectiveRemaining);
    }

    [Fact]
    public void EffectiveRemainingUsd_OverdrawnAccount_IsTheNegativeAccountFigure()
    {
        var balances = new Balances(
            new TokenBalance { RemainingUsd = Quota.Unlimited },
            new UserBalance { RemainingUsd = Quota.Limited(-3m) });

        Assert.Equal(Quota.Limited(-3m), balances.EffectiveRemainingUsd);
    }

    [Fact]
    public void EffectiveRemainingCredits_EqualAmountsOnBothSides_IsThatAmount()
    {
        var balances = Of(credits: (Quota.Limited(300m), Quota.Limited(300m)));

        Assert.Equal(Quota.Limited(300m), balances.EffectiveRemainingCredits);
    }

    [Theory]
    [InlineData(100, 300, BalanceScope.Token)]
    [InlineData(300, 100, BalanceScope.User)]
    [InlineData(300, 300, BalanceScope.Both)]
    [InlineData(-5, 0, BalanceScope.Token)]
    public void LimitedBy_TwoAmounts_NamesTheSmallerSideOrBoth(int token, int user, BalanceScope expected)
    {
        var balances = Of(credits: (Quota.Limited(token), Quota.Limited(user)));

        Assert.Equal(expected, balances.LimitedBy);
    }

    [Fact]
    public void LimitedBy_KeyUnlimited_IsTheAccount()
    {
        Assert.Equal(BalanceScope.User, Of(credits: (Quota.Unlimited, Quota.Limited(5m))).LimitedBy);
    }

    [Fact]
    public void LimitedBy_AccountUnlimited_IsTheKey()
    {
        Assert.Equal(BalanceScope.Token, Of(credits: (Quota.Limited(5m), Quota.Unlimited)).LimitedBy);
    }

    [Fact]
    public void LimitedBy_BothUnlimited_IsNull()
    {
        Assert.Null(Of(credits: (Quota.Unlimited, Quota.Unlimited)).LimitedBy);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LimitedBy_OneSideNotReported_IsNull(bool tokenReported)
    {
        var reported = Quota.Limited(5m);
        var balances = tokenReported ? Of(credits: (reported, Quota.NotReported)) : Of(credits: (Quota.NotReported, reported));

        Assert.Null(balances.LimitedBy);
    }

    [Fact]
    public async Task GetBalancesAsync_OnAnInterfaceImplementedWithoutIt_ReadsBothThroughTheOtherTwoMethods()
    {
        IToApisBalanceClient fake = new TwoMethodClient();

        var balances = await fake.GetBalancesAsync();

        Assert.Equal(Quota.Limited(7m), balances.Token.Remaining);
        Assert.Equal(Quota.Limited(9m), balances.User.Remaining);
        Assert.Equal(Quota.Limited(7m), balances.EffectiveRemaining);
    }

    [Fact]
    public async Task GetBalancesAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = TestServer.ApiKey }, RecordingHandler.Answering(Bodies.Full));
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetBalancesAsync());
    }

    private static Balances Of((Quota Token, Quota User)? credits = null, (Quota Token, Quota User)? remaining = null) => new(
        new TokenBalance { RemainingCredits = credits?.Token ?? default, Remaining = remaining?.Token ?? default },
        new UserBalance { RemainingCredits = credits?.User ?? default, Remaining = remaining?.User ?? default });

    private sealed class TwoMethodClient : IToApisBalanceClient
    {
        public Task<TokenBalance> GetTokenBalanceAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new TokenBalance { Remaining = Quota.Limited(7m) });

        public Task<UserBalance> GetUserBalanceAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new UserBalance { Remaining = Quota.Limited(9m) });
    }
}
