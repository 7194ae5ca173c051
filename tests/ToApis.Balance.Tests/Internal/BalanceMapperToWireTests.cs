using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

/// <summary>The figures a server sends for a record (what the testing kit serves): mapped back, the same record.</summary>
public sealed class BalanceMapperToWireTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToWire_Unlimited_MinusOneWithTheFlag()
    {
        var wire = BalanceMapper.ToWire(new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited });

        Assert.Equal(-1m, wire.RemainBalance);
        Assert.True(wire.UnlimitedQuota);
    }

    [Fact]
    public void ToWire_OverdrawnToMinusOne_MinusOneWithTheFlagOff()
    {
        var wire = BalanceMapper.ToWire(new TokenBalance { Remaining = Quota.Limited(-1m) });

        Assert.Equal(-1m, wire.RemainBalance);
        Assert.False(wire.UnlimitedQuota);
    }

    [Fact]
    public void ToWire_NotReported_NoFigure()
    {
        var wire = BalanceMapper.ToWire(new TokenBalance());

        Assert.Null(wire.RemainBalance);
        Assert.Null(wire.RemainCredits);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void ToSnapshot_OfToWire_TheSameRecord(TokenBalance balance)
    {
        var back = BalanceMapper.ToSnapshot<TokenBalance>(BalanceMapper.ToWire(balance), balance.Unit, balance.FetchedAt);

        Assert.Equal(balance, back);
    }

    public static TheoryData<TokenBalance> Records() => new()
    {
        BalanceMapper.ToSnapshot<TokenBalance>(new WireBalance { RemainBalance = 100m, UsedBalance = 25.5m, RemainCredits = 20000m, UsedCredits = 5100m, CreditsPerUsd = 200m, UnlimitedQuota = false }, BalanceUnit.Usd, At),
        BalanceMapper.ToSnapshot<TokenBalance>(new WireBalance { RemainBalance = -1m, UnlimitedQuota = true }, BalanceUnit.Unspecified, At),
        BalanceMapper.ToSnapshot<TokenBalance>(new WireBalance { RemainBalance = -1m, RemainCredits = -200m, UnlimitedQuota = false }, BalanceUnit.Unspecified, At),
    };
}
