namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// Tests that read or write the process-wide <c>TOAPIS_API_KEY</c> environment variable. They run one at a
/// time, after the parallel tests, so no test sees another's value.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ApiKeyEnvironmentCollection
{
    public const string Name = "TOAPIS_API_KEY environment variable";
}
