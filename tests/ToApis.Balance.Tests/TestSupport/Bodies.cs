namespace ToApis.Balance.Tests.TestSupport;

/// <summary>The bodies documented in the contract (shared/api/balance-api.md), verbatim.</summary>
internal static class Bodies
{
    public const string Full = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";

    public const string Unlimited = """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": true}""";

    public const string WithoutCredits = """{"success": true, "remain_balance": 10.5, "used_balance": 2.3, "unlimited_quota": false}""";

    public const string Minimal = """{"success": true, "unlimited_quota": true}""";

    public const string NoAuthorizationHeader = """{"success": false, "message": "No Authorization header"}""";

    public const string TokenNotFound = """{"success": false, "message": "Failed to get token info: record not found"}""";

    public const string UserNotFound = """{"success": false, "message": "Failed to get user quota"}""";

    public const string UsedQuotaFailure = """{"success": false, "message": "Failed to get used quota"}""";

    public const string UsedQuotaFailureChinese = """{"success": false, "message": "获取已使用额度失败"}""";

    public const string AuthenticationError = """{"error": {"code": 401, "message": "身份验证失败，请检查您的API密钥", "type": "authentication_error"}}""";

    public const string RateLimitError = """{"error": {"code": 429, "message": "Rate limit reached", "type": "rate_limit_error"}}""";

    public const string UpstreamInvalidToken = """{"error": {"message": "Invalid token (request id: 2025112412000012345)", "type": "new_api_error", "code": ""}}""";

    public const string HtmlBadGateway = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
}
