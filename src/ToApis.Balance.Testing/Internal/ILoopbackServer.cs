namespace ToApis.Balance.Testing.Internal;

/// <summary>
/// A started server mode, as <see cref="ToApisSandbox"/> sees it. No ASP.NET Core type is named here or in the
/// sandbox, so the in-process mode never loads ASP.NET Core: the tool runs it where that framework is absent, natively
/// included. Only <see cref="SandboxServer"/>, reached from <see cref="ToApisSandbox.StartAsync"/>, uses Kestrel.
/// </summary>
internal interface ILoopbackServer : IAsyncDisposable
{
    /// <summary>Gets the address the server listens on, ending with a slash.</summary>
    Uri BaseAddress { get; }
}
