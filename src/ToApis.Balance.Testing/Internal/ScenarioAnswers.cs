using System.Text;

namespace ToApis.Balance.Testing.Internal;

/// <summary>What each named scenario answers. The documented bodies are verbatim; the others follow their shapes.</summary>
internal static class ScenarioAnswers
{
    public static readonly SandboxAnswer Limited = SandboxAnswer.Json(200, ToApisSandboxBodies.Limited);

    public static readonly SandboxAnswer Unlimited = SandboxAnswer.Json(200, ToApisSandboxBodies.Unlimited);

    public static readonly SandboxAnswer NoCredits = SandboxAnswer.Json(200, ToApisSandboxBodies.NoCredits);

    public static readonly SandboxAnswer Low = SandboxAnswer.Json(
        200, """{"success": true, "remain_balance": 2.5, "used_balance": 97.5, "remain_credits": 500, "used_credits": 19500, "credits_per_usd": 200, "unlimited_quota": false}""");

    /// <summary>Overdrawn, not the unlimited sentinel: the server's <c>unlimited_quota: false</c> says so.</summary>
    public static readonly SandboxAnswer Overdrawn = SandboxAnswer.Json(
        200, """{"success": true, "remain_balance": -2.5, "used_balance": 102.5, "remain_credits": -500, "used_credits": 20500, "credits_per_usd": 200, "unlimited_quota": false}""");

    public static readonly SandboxAnswer NoAuthorizationHeader = SandboxAnswer.Json(401, ToApisSandboxBodies.NoAuthorizationHeader);

    public static readonly SandboxAnswer InvalidKey = SandboxAnswer.Json(401, ToApisSandboxBodies.InvalidKey);

    public static readonly SandboxAnswer KeyNotFound = SandboxAnswer.Json(200, ToApisSandboxBodies.KeyNotFound);

    public static readonly SandboxAnswer UserNotFound = SandboxAnswer.Json(200, ToApisSandboxBodies.UserNotFound);

    public static readonly SandboxAnswer ServiceUnavailable = SandboxAnswer.Json(
        503, """{"error": {"code": 503, "message": "Service temporarily unavailable", "type": "server_error"}}""");

    /// <summary>What nginx in front of a gateway sends when the gateway is down.</summary>
    public static readonly SandboxAnswer BadGatewayPage = new(
        502,
        "text/html",
        Encoding.UTF8.GetBytes("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));

    private static readonly byte[] RateLimitedBody = """{"error": {"code": 429, "message": "Rate limit reached, please try again later", "type": "rate_limit_error"}}"""u8.ToArray();

    public static SandboxAnswer RateLimited(ScenarioRun run) => new(429, SandboxAnswer.JsonType, RateLimitedBody, run.Settings.RetryAfter);

    /// <summary>The first request of each endpoint fails, the next succeeds, and so on: every call with a retry gets through.</summary>
    public static SandboxAnswer Flaky(SandboxEndpoint endpoint, ScenarioRun run) => run.Count(endpoint) % 2 == 1 ? ServiceUnavailable : Limited;

    public static SandboxAnswer Slow(ScenarioRun run) => Limited with { Delay = run.Settings.SlowDelay };

    /// <summary>
    /// Spends at a steady rate from the start of the run, to the cent, down to zero; the balance is in US dollars, and
    /// the credits follow from it at the documented rate, as <see cref="ToApisModelFactory"/> derives them.
    /// </summary>
    public static SandboxAnswer Falling(ScenarioRun run)
    {
        var settings = run.Settings;
        var minutes = (decimal)run.Elapsed.Ticks / TimeSpan.TicksPerMinute;
        var spent = Math.Min(decimal.Round(settings.FallingSpendPerMinute * minutes, 2, MidpointRounding.AwayFromZero), settings.FallingStartBalance);
        var remain = settings.FallingStartBalance - spent;
        var used = SandboxDefaults.FallingUsedAtStart + spent;
        return SandboxAnswer.Json(BalanceJson.From(ToApisModelFactory.TokenBalance(remain, used, unlimited: false)));
    }
}
