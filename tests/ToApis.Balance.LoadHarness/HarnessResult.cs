namespace ToApis.Balance.LoadHarness;

/// <summary>The outcome of a harness run: the settings and both phases.</summary>
internal sealed record HarnessResult(HarnessSettings Settings, ToApisBalanceClientOptions ClientOptions, PhaseResult Clean, PhaseResult Faulty)
{
    public bool Passed => Clean.Passed && Faulty.Passed;
}
