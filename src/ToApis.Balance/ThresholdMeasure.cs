namespace ToApis.Balance;

/// <summary>The figure a <see cref="BalanceThreshold"/> is compared with.</summary>
public enum ThresholdMeasure
{
    /// <summary>The remaining credits (<see cref="BalanceSnapshot.RemainingCredits"/>), at <see cref="BalanceSnapshot.CreditsPerUsd"/> credits per US dollar.</summary>
    Credits = 0,

    /// <summary>The remaining balance in its unit (<see cref="BalanceSnapshot.Remaining"/>, see <see cref="ToApisBalanceClientOptions.BalanceUnit"/>).</summary>
    Balance = 1,

    /// <summary>The remaining balance in US dollars (<see cref="BalanceSnapshot.RemainingUsd"/>).</summary>
    Usd = 2,

    /// <summary>The percentage remaining of the total (remaining plus used), where the server reports both.</summary>
    PercentRemaining = 3,
}
