using System.Text;

namespace ToApis.Balance.Testing.Internal;

/// <summary>One answer of the sandbox, the same in both modes: status, body, and what goes with them.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The media type of the body, or <see langword="null"/> for none.</param>
/// <param name="Body">The body's bytes.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header, in whole seconds, when there is one.</param>
/// <param name="Delay">How long the sandbox waits (on its <see cref="TimeProvider"/>) before it answers.</param>
internal sealed record SandboxAnswer(int StatusCode, string? ContentType, byte[] Body, TimeSpan? RetryAfter = null, TimeSpan Delay = default)
{
    public const string JsonType = "application/json";

    public static readonly SandboxAnswer NotFound = new(404, null, []);

    public static SandboxAnswer Json(int statusCode, string body) => new(statusCode, JsonType, Encoding.UTF8.GetBytes(body));

    public static SandboxAnswer Json(byte[] body) => new(200, JsonType, body);
}
