using System.Text.RegularExpressions;

namespace ToApis.Balance.Internal;

/// <summary>
/// The documented texts of server messages: those about the key or its user, the transient database error, which
/// only its text tells apart, and the request id support asks for. What each means for a call is decided by
/// <see cref="ResponseClassifier"/>.
/// </summary>
internal static partial class FailureMessages
{
    /// <summary>
    /// The documented messages of a missing, unknown or invalid key and of a key whose user does not exist, in
    /// the spellings this gateway family uses (English and Chinese).
    /// </summary>
    private static readonly string[] AuthenticationMessages =
    [
        "No Authorization header", "无Authorization头", "Failed to get token info", "获取令牌信息失败",
        "Failed to get user quota", "获取用户额度失败", "Invalid token", "无效的令牌", "未提供令牌", "身份验证失败",
    ];

    /// <summary>A business failure sent with HTTP 200 that is about the key or its user, by its documented text.</summary>
    public static bool IsAuthenticationFailure(string? message)
    {
        if (message is null)
        {
            return false;
        }

        foreach (var known in AuthenticationMessages)
        {
            if (message.Contains(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
