namespace ToApis.Balance.LoadHarness;

/// <summary>One pass/fail verdict of a phase, with the figures it was decided on.</summary>
internal sealed record PhaseCheck(string Name, bool Passed, string Detail);
