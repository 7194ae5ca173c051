namespace ToApis.Balance.Sandbox;

/// <summary>The bodies the sandbox answers with: the examples of the ToAPIs documentation, verbatim.</summary>
public static class SandboxBodies
{
    /// <summary>
    /// The documented unlimited example, answered by the token endpoint: keys are often created without a quota
    /// limit of their own.
    /// </summary>
    public const string TokenBalance = """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": true}""";

    /// <summary>The documented limited example, answered by the user endpoint.</summary>
    public const string UserBalance = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";

    /// <summary>The documented answer to a request without an <c>Authorization</c> header (HTTP 401).</summary>
    public const string NoAuthorizationHeader = """{"success": false, "message": "No Authorization header"}""";
}
