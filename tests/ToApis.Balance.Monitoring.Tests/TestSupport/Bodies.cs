using System.Globalization;

namespace ToApis.Balance.Monitoring.Tests.TestSupport;

/// <summary>Balance bodies in the documented shape, with the figures a test needs.</summary>
internal static class Bodies
{
    public const string Unlimited = """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": true}""";

    public const string WithoutCredits = """{"success": true, "remain_balance": 10.5, "used_balance": 2.3, "unlimited_quota": false}""";

    public const string AuthenticationError = """{"error": {"code": 401, "message": "身份验证失败，请检查您的API密钥", "type": "authentication_error"}}""";

    public const string RateLimitError = """{"error": {"code": 429, "message": "Rate limit reached", "type": "rate_limit_error"}}""";

    /// <summary>A limited balance of <paramref name="credits"/> credits left and <paramref name="usedCredits"/> used, at 200 credits per US dollar.</summary>
    public static string Credits(decimal credits, decimal usedCredits = 0) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"success": true, "remain_balance": {{credits / 200}}, "used_balance": {{usedCredits / 200}}, "remain_credits": {{credits}}, "used_credits": {{usedCredits}}, "credits_per_usd": 200, "unlimited_quota": false}""");
}
