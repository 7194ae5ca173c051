using ToApis.Balance.Testing;

namespace ToApis.Balance.Cli;

/// <summary><c>--sandbox</c>: the testing kit's sandbox in-process (no port), playing the scenario named.</summary>
internal sealed class TestingKitSandbox : ISandboxProvider
{
    public IReadOnlyList<string> Scenarios => ToApisSandboxScenario.Names;

    public SandboxConnection Connect(string scenario)
    {
        var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = scenario });
        return new SandboxConnection(new ToApisBalanceClientOptions { ApiKey = ToApisSandbox.ApiKey, BaseAddress = sandbox.BaseAddress }, sandbox.CreateHandler());
    }
}
