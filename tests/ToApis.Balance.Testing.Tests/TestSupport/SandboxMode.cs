namespace ToApis.Balance.Testing.Tests.TestSupport;

/// <summary>The two ways a test reaches the sandbox: its in-process handler, or its loopback server.</summary>
public enum SandboxMode
{
    InProcess,
    Server,
}
