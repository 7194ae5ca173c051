using System.Globalization;
using System.Text.Json;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The semantics' failure table: which exception type a status, an error object or a message stands for.</summary>
internal static class FailureKinds
{
    private static readonly string[] AuthenticationMessages =
    [
        "No Authorization header", "无Authorization头", "Failed to get token info", "获取令牌信息失败", "Failed to get user quota",
        "获取用户额度失败", "Invalid token", "无效的令牌", "未提供令牌",
    ];

    private static readonly string[] TransientMessages = ["Failed to get used quota", "获取已使用额度失败"];

    /// <summary>The exception type of a status: 401/403 auth, 402 insufficient balance, 429 rate limit, the transient ones server, others plain.</summary>
    public static string ForStatus(int status) => status switch
    {
        401 or 403 => Expectation.Authentication,
        402 => Expectation.InsufficientBalance,
        429 => Expectation.RateLimit,
        408 or 500 or 502 or 503 or 504 or (>= 520 and <= 524) => Expectation.Server,
        _ => Expectation.Plain,
    };

    /// <summary>The status an error object stands for: its code (int 400-599, or a string of digits holding one), else its type.</summary>
    public static int? ImpliedStatus(JsonElement code, string? type)
    {
        int? fromCode = code.ValueKind switch
        {
            JsonValueKind.Number when int.TryParse(code.GetRawText(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
            JsonValueKind.String when code.GetString() is { Length: > 0 } text && text.All(char.IsAsciiDigit)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
        if (fromCode is >= 400 and < 600)
        {
            return fromCode;
        }

        return type?.Trim().ToUpperInvariant() switch
        {
            "AUTHENTICATION_ERROR" or "INVALID_API_KEY" or "PERMISSION_ERROR" or "PERMISSION_DENIED" => 401,
            "INSUFFICIENT_QUOTA" => 402,
            "NOT_FOUND_ERROR" => 404,
            "RATE_LIMIT_ERROR" or "RATE_LIMIT_EXCEEDED" => 429,
            "SERVER_ERROR" or "API_ERROR" or "SERVICE_UNAVAILABLE" => 500,
            _ => null,
        };
    }

    /// <summary>A 2xx failure with no implied status, by its message.</summary>
    public static string ForMessage(string? message)
    {
        if (message is null)
        {
            return Expectation.Plain;
        }

        if (TransientMessages.Any(m => message.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return Expectation.Server;
        }

        return AuthenticationMessages.Any(m => message.Contains(m, StringComparison.OrdinalIgnoreCase)) ? Expectation.Authentication : Expectation.Plain;
    }
}
