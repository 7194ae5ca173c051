using System.Text.RegularExpressions;

namespace ToApis.Balance.Internal;

/// <summary>
/// Removes API keys from any text that may reach an exception, a log or a console: the configured key
/// wherever it appears, and anything shaped like a key or a bearer credential.
/// </summary>
internal sealed partial class SecretScrubber(string apiKey)
{
    public const string Mask = "***";

    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (apiKey.Length > 0)
        {
            text = text.Replace(apiKey, Mask, StringComparison.Ordinal);
        }

        return KeyShape().Replace(text, Mask);
    }

    [GeneratedRegex(@"(?:\bsk-[A-Za-z0-9_\-]{4,}|(?<=\bBearer\s+)[^\s""',;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
