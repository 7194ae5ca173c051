using System.Net.Http.Headers;

namespace ToApis.Balance.Testing.Tests.TestSupport;

/// <summary>Makes a sandbox in either mode, and plain HTTP clients of it for tests of the wire itself.</summary>
internal static class Sandboxes
{
    /// <summary>Both modes, for <c>[MemberData]</c>.</summary>
    public static TheoryData<SandboxMode> Modes => [SandboxMode.InProcess, SandboxMode.Server];

    public static async Task<ToApisSandbox> CreateAsync(SandboxMode mode, ToApisSandboxOptions? options = null, TimeProvider? timeProvider = null) =>
        mode == SandboxMode.Server
            ? await ToApisSandbox.StartAsync(options, timeProvider)
            : new ToApisSandbox(options ?? new ToApisSandboxOptions(), timeProvider ?? TimeProvider.System);

    public static Task<ToApisSandbox> CreateAsync(SandboxMode mode, string scenario, TimeProvider? timeProvider = null) =>
        CreateAsync(mode, new ToApisSandboxOptions { Scenario = scenario }, timeProvider);

    /// <summary>A plain <see cref="HttpClient"/> of the sandbox in its mode, with the given bearer key (none when null).</summary>
    public static HttpClient Http(ToApisSandbox sandbox, SandboxMode mode, string? apiKey)
    {
        var http = mode == SandboxMode.Server ? new HttpClient() : new HttpClient(sandbox.CreateHandler());
        http.BaseAddress = sandbox.BaseAddress;
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return http;
    }

    /// <summary>A bound on waits that should end at once, so that a broken sandbox fails the test instead of hanging it.</summary>
    public static Task<T> Bounded<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
