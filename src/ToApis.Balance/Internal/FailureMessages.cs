using System.Text.RegularExpressions;

namespace ToApis.Balance.Internal;

/// <summary>
/// What server messages say beyond their status and shape: the transient database error, which only its
/// text tells apart, and the request id support asks for.
/// </summary>
internal static partial class FailureMessages
{
    private static ReadOnlySpan<byte> UsedQuotaEnglish => "Failed to get used quota"u8;

    private static ReadOnlySpan<byte> UsedQuotaChinese => "获取已使用额度失败"u8;

    /// <summary>A cheap check on a raw body, made on the success path before any parsing.</summary>
    public static bool MayBeTransientBusinessFailure(ReadOnlySpan<byte> body) =>
        body.IndexOf(UsedQuotaEnglish) >= 0 || body.IndexOf(UsedQuotaChinese) >= 0;

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
