namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>Figures for the evaluator and the forecast, built by the core from a balance holding the one figure a test is about.</summary>
internal static class Figures
{
    public static BalanceFigures Credits(decimal credits) => BalanceFigures.Of(new TokenBalance { RemainingCredits = Quota.Limited(credits), RemainingUsd = Quota.Limited(credits / 200m) });

    /// <summary>A balance of <paramref name="percent"/> remaining of 100 (the balance figures; no credits).</summary>
    public static BalanceFigures Percent(decimal percent) => BalanceFigures.Of(new TokenBalance { Remaining = Quota.Limited(percent), Used = 100m - percent });

    public static BalanceFigures Balance(decimal balance) => BalanceFigures.Of(new TokenBalance { Remaining = Quota.Limited(balance) });

    public static BalanceFigures Unlimited { get; } = BalanceFigures.Of(new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited, RemainingUsd = Quota.Unlimited });

    public static BalanceFigures NotReported { get; } = default;
}
