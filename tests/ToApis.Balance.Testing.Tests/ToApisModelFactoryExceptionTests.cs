namespace ToApis.Balance.Testing.Tests;

public sealed class ToApisModelFactoryExceptionTests
{
    [Fact]
    public void ToApisAuthenticationException_Defaults_Are401InTheSdkShape()
    {
        var error = ToApisModelFactory.ToApisAuthenticationException(errorType: "authentication_error", serverMessage: "Invalid token", requestId: "2025112412000012345");

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("ToAPIs refused the API key (HTTP 401, authentication_error): Invalid token (request id: 2025112412000012345).", error.Message);
        Assert.Equal("2025112412000012345", error.RequestId);
    }

    [Fact]
    public void ToApisRateLimitException_WithRetryAfter_CarriesIt()
    {
        var error = ToApisModelFactory.ToApisRateLimitException(retryAfter: TimeSpan.FromSeconds(30));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal("ToAPIs is rate limiting this key (HTTP 429).", error.Message);
    }

    [Fact]
    public void ToApisInsufficientBalanceException_Defaults_Are402()
    {
        var error = ToApisModelFactory.ToApisInsufficientBalanceException(errorType: "insufficient_quota");

        Assert.Equal(402, error.StatusCode);
        Assert.Equal("insufficient_quota", error.ErrorType);
        Assert.Equal("The ToAPIs balance is insufficient (HTTP 402, insufficient_quota).", error.Message);
    }

    [Fact]
    public void ToApisInsufficientBalanceException_GuardFigures_AreSet()
    {
        var error = ToApisModelFactory.ToApisInsufficientBalanceException(required: 5_000m, available: 1_200m);

        Assert.Equal(5_000m, error.Required);
        Assert.Equal(1_200m, error.Available);
    }

    [Fact]
    public void ToApisServerException_Defaults_Are503()
    {
        var error = ToApisModelFactory.ToApisServerException(serverMessage: "Failed to get used quota");

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("The ToAPIs server failed (HTTP 503): Failed to get used quota.", error.Message);
    }

    [Fact]
    public void ToApisInvalidResponseException_WithAnExcerpt_QuotesIt()
    {
        var error = ToApisModelFactory.ToApisInvalidResponseException(bodyExcerpt: "<html>");

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("<html>", error.BodyExcerpt);
        Assert.Equal("ToAPIs answered HTTP 200 with a body that is not a balance: \"<html>\".", error.Message);
    }

    [Fact]
    public void ToApisInvalidResponseException_WithoutAnExcerpt_SaysTheBodyWasEmpty()
    {
        Assert.Equal("ToAPIs answered HTTP 200 with an empty body.", ToApisModelFactory.ToApisInvalidResponseException().Message);
    }

    [Fact]
    public void ToApisTimeoutException_Default_HasTheSdkMessage()
    {
        Assert.Equal("The ToAPIs call timed out.", ToApisModelFactory.ToApisTimeoutException().Message);
    }

    [Fact]
    public void ToApisException_WithoutStatus_SaysTheCallFailed()
    {
        var error = ToApisModelFactory.ToApisException();

        Assert.Null(error.StatusCode);
        Assert.Equal("The ToAPIs call failed.", error.Message);
    }

    [Fact]
    public void ToApisException_GivenMessage_IsKept()
    {
        Assert.Equal("boom", ToApisModelFactory.ToApisException("boom", statusCode: 501).Message);
    }

    [Fact]
    public async Task ToApisRateLimitException_ForTheRateLimitedScenario_CarriesWhatTheClientReports()
    {
        var read = await FailAsync<ToApisRateLimitException>(ToApisSandboxScenario.RateLimited);

        var built = ToApisModelFactory.ToApisRateLimitException(
            errorType: "rate_limit_error", serverMessage: "Rate limit reached, please try again later", retryAfter: TimeSpan.FromSeconds(30));

        AssertSameDetails(read, built);
    }

    [Fact]
    public async Task ToApisAuthenticationException_ForTheUnauthorizedScenario_CarriesWhatTheClientReports()
    {
        var read = await FailAsync<ToApisAuthenticationException>(ToApisSandboxScenario.Unauthorized);

        var built = ToApisModelFactory.ToApisAuthenticationException(errorType: "authentication_error", serverMessage: "身份验证失败，请检查您的API密钥");

        AssertSameDetails(read, built);
    }

    [Fact]
    public async Task ToApisAuthenticationException_ForTheKeyNotFoundScenario_CarriesWhatTheClientReports()
    {
        var read = await FailAsync<ToApisAuthenticationException>(ToApisSandboxScenario.KeyNotFound);

        var built = ToApisModelFactory.ToApisAuthenticationException(statusCode: 200, serverMessage: "Failed to get token info: record not found");

        AssertSameDetails(read, built);
    }

    [Fact]
    public async Task ToApisServerException_ForTheHtml502Scenario_CarriesWhatTheClientReports()
    {
        var read = await FailAsync<ToApisServerException>(ToApisSandboxScenario.Html502);

        var built = ToApisModelFactory.ToApisServerException(statusCode: 502);

        AssertSameDetails(read, built);
    }

    private static async Task<T> FailAsync<T>(ToApisSandboxScenario scenario)
        where T : ToApisException
    {
        await using var sandbox = new ToApisSandbox { Scenario = scenario };
        using var client = sandbox.CreateClient(o => o.MaxRetryAttempts = 0);
        return await Assert.ThrowsAsync<T>(() => client.GetTokenBalanceAsync());
    }

    private static void AssertSameDetails(ToApisException read, ToApisException built)
    {
        Assert.Equal(read.GetType(), built.GetType());
        Assert.Equal(
            (read.StatusCode, read.ErrorType, read.ServerMessage, read.RequestId, read.RetryAfter),
            (built.StatusCode, built.ErrorType, built.ServerMessage, built.RequestId, built.RetryAfter));
    }
}
