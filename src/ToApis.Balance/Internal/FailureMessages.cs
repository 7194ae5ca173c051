using System.Text;
using System.Text.RegularExpressions;

namespace ToApis.Balance.Internal;

/// <summary>
/// What server messages say beyond their status and shape: the transient database error, which only its
/// text tells apart, and the request id support asks for.
/// </summary>
internal static partial class FailureMessages
{
    private static ReadOnlySpan<byte> SuccessProperty => "\"success\""u8;

    /// <summary>
    /// A cheap look at a raw success-status body, made before any parsing: might it be a failure? True for
    /// <c>"success": false</c> and for any body naming an <c>error</c> or a <c>message</c>; only those (rare)
    /// are parsed to find out.
    /// </summary>
    public static bool MayBeFailure(ReadOnlySpan<byte> body) =>
        body.IndexOf("\"error\""u8) >= 0 || body.IndexOf("\"message\""u8) >= 0 || SaysSuccessFalse(body);

    private static bool SaysSuccessFalse(ReadOnlySpan<byte> body)
    {
        var at = body.IndexOf(SuccessProperty);
        if (at < 0)
        {
            return false;
        }

        var rest = body[(at + SuccessProperty.Length)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)':')
        {
            return false;
        }

        // false, "false", "False" or 0: whatever the lenient reader takes for false.
        rest = rest[1..].TrimStart(" \t\r\n\""u8);
        return (rest.Length >= 5 && Ascii.EqualsIgnoreCase(rest[..5], "false"u8)) || (rest.Length >= 1 && rest[0] == (byte)'0');
    }

    public static bool IsTransientBusinessFailure(string? message) =>
        message is not null
        && (message.Contains("Failed to get used quota", StringComparison.OrdinalIgnoreCase)
            || message.Contains("获取已使用额度失败", StringComparison.Ordinal));

    /// <summary>Splits <c>"Invalid token (request id: 123)"</c> into the message and the request id.</summary>
    public static (string Message, string? RequestId) SplitRequestId(string message)
    {
        var match = RequestIdSuffix().Match(message);
        return match.Success
            ? (message.Remove(match.Index, match.Length).TrimEnd(), match.Groups["id"].Value)
            : (message, null);
    }

    [GeneratedRegex(@"\s*[(（]\s*request id:\s*(?<id>[^)）]+?)\s*[)）]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestIdSuffix();
}
