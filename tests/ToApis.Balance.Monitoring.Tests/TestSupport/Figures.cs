using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>Figures for the evaluator and the forecast, built from the one figure a test is about.</summary>
internal static class Figures
{
    public static BalanceFigures Credits(decimal credits) => new(Quota.Limited(credits), Quota.NotReported, Quota.Limited(credits / 200m), Quota.NotReported);

    public static BalanceFigures Percent(decimal percent) => new(Quota.NotReported, Quota.NotReported, Quota.NotReported, Quota.Limited(percent));

    public static BalanceFigures Balance(decimal balance) => new(Quota.NotReported, Quota.Limited(balance), Quota.NotReported, Quota.NotReported);

    public static BalanceFigures Unlimited { get; } = new(Quota.Unlimited, Quota.Unlimited, Quota.Unlimited, Quota.Unlimited);

    public static BalanceFigures NotReported { get; } = default;
}
