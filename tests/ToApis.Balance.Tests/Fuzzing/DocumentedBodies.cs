namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The bodies documented in shared/api/balance-api.md, as field lists (name, raw JSON value) to mutate.</summary>
internal static class DocumentedBodies
{
    public static readonly JsonFields[] Success =
    [
        new([("success", "true"), ("remain_balance", "100.0"), ("used_balance", "25.5"), ("remain_credits", "20000"), ("used_credits", "5100"), ("credits_per_usd", "200"), ("unlimited_quota", "false")]),
        new([("success", "true"), ("remain_balance", "-1"), ("used_balance", "25.5"), ("remain_credits", "20000"), ("used_credits", "5100"), ("credits_per_usd", "200"), ("unlimited_quota", "true")]),
        new([("success", "true"), ("remain_balance", "10.5"), ("used_balance", "2.3"), ("unlimited_quota", "false")]),
        new([("success", "true"), ("unlimited_quota", "true")]),
    ];

    public static readonly JsonFields[] Failure =
    [
        new([("success", "false"), ("message", "\"No Authorization header\"")]),
        new([("success", "false"), ("message", "\"Failed to get token info: record not found\"")]),
        new([("success", "false"), ("message", "\"Failed to get user quota\"")]),
        new([("success", "false"), ("message", "\"获取用户额度失败\"")]),
        new([("success", "false"), ("message", "\"Failed to get used quota\"")]),
        new([("success", "false"), ("message", "\"获取已使用额度失败\"")]),
        new([("success", "false"), ("message", "\"无Authorization头\"")]),
        new([("success", "false"), ("message", "\"获取令牌信息失败: record not found\"")]),
        new([("success", "false"), ("message", "\"无效的令牌\"")]),
        new([("success", "false"), ("message", "\"未提供令牌\"")]),
        new([("error", """{"code": 401, "message": "<text>", "type": "authentication_error"}""")]),
        new([("error", """{"code": 429, "message": "<text>", "type": "rate_limit_error"}""")]),
        new([("error", """{"code": 401, "message": "身份验证失败，请检查您的API密钥", "type": "authentication_error"}""")]),
        new([("error", """{"message": "Invalid token (request id: 2025112412000012345)", "type": "new_api_error", "code": ""}""")]),
    ];

    public static readonly JsonFields[] All = [.. Success, .. Failure];

    public const string HtmlBadGateway = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
}
