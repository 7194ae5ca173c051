using System.Globalization;
using System.Text;

namespace ToApis.Balance.Internal;

/// <summary>The texts of failures: one message shape, and short scrubbed excerpts of bodies.</summary>
internal static class FailureText
{
    /// <summary>One message shape for every failure: what, status, type, the server's words, its request id, what to do.</summary>
    public static string Describe(string what, int statusCode, string? errorType, string? detail, string? requestId, string? hint)
    {
        var text = new StringBuilder(what).Append(" (HTTP ").Append(statusCode.ToString(CultureInfo.InvariantCulture));
        if (errorType is not null)
        {
            text.Append(", ").Append(errorType);
        }

        text.Append(')');
        if (detail is not null)
        {
            text.Append(": ").Append(detail.TrimEnd('.', '。'));
        }

        if (requestId is not null)
        {
            // Kept in the message too, so a logged exception still carries what support asks for.
            text.Append(" (request id: ").Append(requestId).Append(')');
        }

        text.Append('.');
        if (hint is not null)
        {
            text.Append(' ').Append(hint);
        }

        return text.ToString();
    }

    /// <summary>The start of an unreadable body for a message: white space collapsed, keys scrubbed, at most 200 characters.</summary>
    public static string? Excerpt(ReadOnlySpan<byte> body, SecretScrubber scrubber)
    {
        if (body.Length == 0)
        {
            return null;
        }

        // Decode a little more than shown, so that a cut multi-byte character does not matter.
        var window = Math.Min(body.Length, ToApisDefaults.ExcerptLength * 4);
        var text = Encoding.UTF8.GetString(body[..window]);
        if (window < body.Length)
        {
            // The window may end inside a key, and no scrubber knows a key by its first half. White space
            // collapses, so that half could still land in the excerpt: drop the word the window cuts.
            var lastSpace = text.Length - 1;
            while (lastSpace >= 0 && !char.IsWhiteSpace(text[lastSpace]))
            {
                lastSpace--;
            }

            text = lastSpace < 0 ? text : text[..lastSpace];
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length == 0)
        {
            return null;
        }

        var scrubbed = scrubber.Scrub(collapsed);
        return scrubbed.Length <= ToApisDefaults.ExcerptLength ? scrubbed : string.Concat(scrubbed.AsSpan(0, ToApisDefaults.ExcerptLength), "…");
    }
}
