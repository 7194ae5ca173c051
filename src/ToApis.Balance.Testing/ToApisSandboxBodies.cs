namespace ToApis.Balance.Testing;

/// <summary>
/// The documented bodies of the ToAPIs balance API, verbatim, as the sandbox answers them: for tests that stub
/// the server themselves (WireMock.Net, a handler of their own) and for assertions on raw bodies.
/// </summary>
/// <remarks>
/// These are <see langword="static readonly"/> rather than constants, so a later version of this package that
/// corrects one reaches code compiled against an earlier one.
/// </remarks>
public static class ToApisSandboxBodies
{
    /// <summary>The documented limited example (HTTP 200): 100.0 left, 25.5 used, 20000 credits left, 5100 used, 200 credits per USD.</summary>
    public static readonly string Limited = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";

    /// <summary>The documented unlimited example (HTTP 200): <c>remain_balance</c> is <c>-1</c> and <c>unlimited_quota</c> is <see langword="true"/>.</summary>
    public static readonly string Unlimited = """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": true}""";

    /// <summary>The documented body of older deployments (HTTP 200), without the credit fields: 10.5 left, 2.3 used.</summary>
    public static readonly string NoCredits = """{"success": true, "remain_balance": 10.5, "used_balance": 2.3, "unlimited_quota": false}""";

    /// <summary>The documented answer to a request without an <c>Authorization</c> header (the sandbox sends it with HTTP 401).</summary>
    public static readonly string NoAuthorizationHeader = """{"success": false, "message": "No Authorization header"}""";

    /// <summary>The documented answer (HTTP 200) when the key does not exist or was deleted.</summary>
    public static readonly string KeyNotFound = """{"success": false, "message": "Failed to get token info: record not found"}""";

    /// <summary>The documented answer (HTTP 200) of the user endpoint when the user behind the key does not exist.</summary>
    public static readonly string UserNotFound = """{"success": false, "message": "Failed to get user quota"}""";

    /// <summary>ToAPIs' documented answer to a wrong key (HTTP 401): an <c>authentication_error</c> object.</summary>
    public static readonly string InvalidKey = """{"error": {"code": 401, "message": "身份验证失败，请检查您的API密钥", "type": "authentication_error"}}""";
}
