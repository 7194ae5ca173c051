namespace ToApis.Balance;

/// <summary>How serious a balance's state is, from <see cref="Ok"/> to <see cref="Critical"/>.</summary>
public enum AlertLevel
{
    /// <summary>Nothing to report: no threshold is crossed.</summary>
    Ok = 0,

    /// <summary>Worth a look soon: a warning threshold is crossed, or the balance is forecast to run out within the horizon.</summary>
    Warning = 1,

    /// <summary>Act now: a critical threshold is crossed, the balance is exhausted (at or below zero), or the API key was refused.</summary>
    Critical = 2,
}
