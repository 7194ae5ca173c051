using System.Globalization;

namespace ToApis.Balance.Tests;

public sealed class QuotaTests
{
    [Fact]
    public void Limited_Amount_IsLimitedAndReported()
    {
        var quota = Quota.Limited(12.5m);

        Assert.False(quota.IsUnlimited);
        Assert.True(quota.IsReported);
        Assert.Equal(12.5m, quota.Amount);
    }

    [Fact]
    public void Limited_Zero_IsReportedWithZeroAmount()
    {
        var quota = Quota.Limited(0m);

        Assert.True(quota.IsReported);
        Assert.Equal(0m, quota.Amount);
    }

    [Fact]
    public void Limited_NegativeAmount_KeepsOverdrawnAmount()
    {
        var quota = Quota.Limited(-3.25m);

        Assert.False(quota.IsUnlimited);
        Assert.Equal(-3.25m, quota.Amount);
    }

    [Fact]
    public void Unlimited_Get_IsUnlimitedAndReported()
    {
        var quota = Quota.Unlimited;

        Assert.True(quota.IsUnlimited);
        Assert.True(quota.IsReported);
    }

    [Fact]
    public void Unlimited_Amount_IsNull()
    {
        Assert.Null(Quota.Unlimited.Amount);
    }

    [Fact]
    public void NotReported_Get_IsNeitherUnlimitedNorReported()
    {
        var quota = Quota.NotReported;

        Assert.False(quota.IsUnlimited);
        Assert.False(quota.IsReported);
    }

    [Fact]
    public void NotReported_Amount_IsNull()
    {
        Assert.Null(Quota.NotReported.Amount);
    }

    [Fact]
    public void Default_Value_IsNotReported()
    {
        Quota quota = default;

        Assert.Equal(Quota.NotReported, quota);
        Assert.False(quota.IsReported);
        Assert.Null(quota.Amount);
    }

    [Fact]
    public void TryGetAmount_Limited_ReturnsTrueAndAmount()
    {
        var found = Quota.Limited(42.125m).TryGetAmount(out var amount);

        Assert.True(found);
        Assert.Equal(42.125m, amount);
    }

    [Fact]
    public void TryGetAmount_Unlimited_ReturnsFalseAndZero()
    {
        var found = Quota.Unlimited.TryGetAmount(out var amount);

        Assert.False(found);
        Assert.Equal(0m, amount);
    }

    [Fact]
    public void TryGetAmount_NotReported_ReturnsFalseAndZero()
    {
        var found = Quota.NotReported.TryGetAmount(out var amount);

        Assert.False(found);
        Assert.Equal(0m, amount);
    }

    [Fact]
    public void ToString_Unlimited_ReturnsUnlimited()
    {
        Assert.Equal("Unlimited", Quota.Unlimited.ToString());
    }

    [Fact]
    public void ToString_NotReported_ReturnsNotReported()
    {
        Assert.Equal("NotReported", Quota.NotReported.ToString());
    }

    [Fact]
    public void ToString_Default_ReturnsNotReported()
    {
        Assert.Equal("NotReported", default(Quota).ToString());
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("100.0", "100.0")]
    [InlineData("-3.25", "-3.25")]
    [InlineData("1234567.891", "1234567.891")]
    public void ToString_Limited_ReturnsInvariantAmount(string amount, string expected)
    {
        var quota = Quota.Limited(decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal(expected, quota.ToString());
    }

    [Fact]
    public void ToString_LimitedUnderCommaDecimalCulture_UsesInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1234.5", Quota.Limited(1234.5m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Equals_SameLimitedAmount_AreEqual()
    {
        Assert.Equal(Quota.Limited(7m), Quota.Limited(7m));
        Assert.True(Quota.Limited(7m) == Quota.Limited(7m));
    }

    [Fact]
    public void Equals_SameAmountDifferentScale_AreEqual()
    {
        Assert.Equal(Quota.Limited(100m), Quota.Limited(100.00m));
        Assert.Equal(Quota.Limited(100m).GetHashCode(), Quota.Limited(100.00m).GetHashCode());
    }

    [Fact]
    public void Equals_DifferentLimitedAmounts_AreNotEqual()
    {
        Assert.NotEqual(Quota.Limited(7m), Quota.Limited(8m));
        Assert.True(Quota.Limited(7m) != Quota.Limited(8m));
    }

    [Fact]
    public void Equals_UnlimitedAndUnlimited_AreEqual()
    {
        Assert.Equal(Quota.Unlimited, Quota.Unlimited);
        Assert.Equal(Quota.Unlimited.GetHashCode(), Quota.Unlimited.GetHashCode());
    }

    [Fact]
    public void Equals_LimitedZeroAndNotReported_AreNotEqual()
    {
        Assert.NotEqual(Quota.Limited(0m), Quota.NotReported);
    }

    [Fact]
    public void Equals_LimitedZeroAndUnlimited_AreNotEqual()
    {
        Assert.NotEqual(Quota.Limited(0m), Quota.Unlimited);
    }

    [Fact]
    public void Equals_LimitedMinusOneAndUnlimited_AreNotEqual()
    {
        Assert.NotEqual(Quota.Limited(-1m), Quota.Unlimited);
    }

    [Fact]
    public void Equals_UnlimitedAndNotReported_AreNotEqual()
    {
        Assert.NotEqual(Quota.Unlimited, Quota.NotReported);
        Assert.True(Quota.Unlimited != Quota.NotReported);
    }

    [Fact]
    public void Equals_BoxedEqualQuota_ReturnsTrue()
    {
        object boxed = Quota.Limited(5m);

        Assert.True(Quota.Limited(5m).Equals(boxed));
    }
}
