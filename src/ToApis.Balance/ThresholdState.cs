namespace ToApis.Balance;

/// <summary>Where a figure stands against one <see cref="BalanceThreshold"/> (<see cref="BalanceFigures.Judge"/>).</summary>
public enum ThresholdState
{
    /// <summary>Above the threshold (or outside where its range alerts), or unlimited.</summary>
    Clear = 0,

    /// <summary>At or below the threshold (or where its range alerts).</summary>
    Crossed = 1,

    /// <summary>Not known: the server did not report the figure, and no other side bounds it below the threshold.</summary>
    Unknown = 2,
}
