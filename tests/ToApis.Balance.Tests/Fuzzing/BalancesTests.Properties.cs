using CsCheck;

namespace ToApis.Balance.Tests;

/// <summary>The effective figures of <see cref="Balances"/> over every pair of quotas (CsCheck, so net10.0 only).</summary>
public sealed partial class BalancesTests
{
    private static readonly Gen<Quota> AnyQuota = Gen.Frequency(
        (1, Gen.Const(Quota.NotReported)),
        (1, Gen.Const(Quota.Unlimited)),
        (4, Gen.Int[-500, 5000].Select(n => Quota.Limited(n / 4m))));

    [Fact]
    public void EffectiveRemainingCredits_AnyPair_IsTheSmallerSideWithUnlimitedAboveEveryAmount()
    {
        Gen.Select(AnyQuota, AnyQuota).Sample((token, user) =>
        {
            var effective = Of(credits: (token, user)).EffectiveRemainingCredits;

            if (!token.IsReported || !user.IsReported)
            {
                return effective == Quota.NotReported;
            }

            if (token.IsUnlimited && user.IsUnlimited)
            {
                return effective == Quota.Unlimited;
            }

            var expected = Math.Min(token.Amount ?? decimal.MaxValue, user.Amount ?? decimal.MaxValue);
            return effective == Quota.Limited(expected);
        });
    }

    [Fact]
    public void LimitedBy_AnyPair_NamesTheSideWhoseCreditsAreTheEffectiveOnes()
    {
        Gen.Select(AnyQuota, AnyQuota).Sample((token, user) =>
        {
            var balances = Of(credits: (token, user));

            return balances.LimitedBy switch
            {
                null => !token.IsReported || !user.IsReported || (token.IsUnlimited && user.IsUnlimited),
                BalanceScope.Both => token == user && token.Amount is not null,
                BalanceScope.Token => balances.EffectiveRemainingCredits == token && token != user,
                BalanceScope.User => balances.EffectiveRemainingCredits == user && token != user,
                _ => false,
            };
        });
    }
}
