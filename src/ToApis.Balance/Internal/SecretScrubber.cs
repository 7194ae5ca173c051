using System.Text.Json;
using System.Text.RegularExpressions;

namespace ToApis.Balance.Internal;

/// <summary>
/// Removes API keys from any text that may reach an exception, a log or a console: the configured key in any
/// of the forms a server echoes it (whole, without its <c>sk-</c> prefix, or as <c>sk-&lt;key&gt;-&lt;channel&gt;</c>),
/// and anything shaped like a key or a bearer credential.
/// </summary>
internal sealed partial class SecretScrubber
{
    public const string Mask = "***";

    /// <summary>The shortest key body masked on its own: shorter ones would mask ordinary words.</summary>
    private const int MinimumBodyLength = 8;

    private readonly string apiKey;
    private readonly string? keyBody;

    public SecretScrubber(string apiKey)
    {
        this.apiKey = apiKey;
        var body = apiKey.StartsWith("sk-", StringComparison.OrdinalIgnoreCase) ? apiKey[3..] : null;
        keyBody = body is { Length: >= MinimumBodyLength } ? body : null;
    }

    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (apiKey.Length > 0)
        {
            // The whole key first, then its body: what is left of "sk-<key>-<channel>" is then a masked key and a channel.
            text = text.Replace(apiKey, Mask, StringComparison.OrdinalIgnoreCase);
            if (keyBody is not null)
            {
                text = text.Replace(keyBody, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        return KeyShape().Replace(text, Mask);
    }

    /// <summary>
    /// The exception to keep as an inner exception: itself when no text it (or its inner exceptions) prints holds
    /// a secret, else a copy with the texts scrubbed, so <c>ToString()</c> of the outer exception stays clean.
    /// </summary>
    public Exception? Redact(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        if (Scrub(text) == text)
        {
            return exception;
        }

        return exception is JsonException json
            ? new JsonException(Scrub(json.Message), json.Path is null ? null : Scrub(json.Path), json.LineNumber, json.BytePositionInLine, Redact(json.InnerException))
            : new RedactedException(exception.GetType().FullName + ": " + Scrub(exception.Message), Redact(exception.InnerException));
    }

    [GeneratedRegex(@"(?:\bsk-[A-Za-z0-9_\-]{4,}|(?<=\bBearer\s+)[^\s""',;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
