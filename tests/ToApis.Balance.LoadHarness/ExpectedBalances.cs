namespace ToApis.Balance.LoadHarness;

/// <summary>What the SDK must read from the two documented bodies the load server sends.</summary>
internal static class ExpectedBalances
{
    /// <summary>The token endpoint sends the documented unlimited example.</summary>
    public static bool IsExpected(TokenBalance balance) =>
        balance.Remaining == Quota.Unlimited && balance.RemainingCredits == Quota.Unlimited && balance.Used == 25.5m;

    /// <summary>The user endpoint sends the documented limited example.</summary>
    public static bool IsExpected(UserBalance balance) =>
        balance.Remaining == Quota.Limited(100m) && balance.RemainingCredits == Quota.Limited(20000m)
        && balance.RemainingUsd == Quota.Limited(100m) && balance.UsedCredits == 5100m;
}
