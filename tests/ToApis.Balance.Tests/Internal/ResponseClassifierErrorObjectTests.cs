using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>
/// What an OpenAI-style error object sent with a success status stands for: its code when it is an HTTP error status
/// (400 to 599), else its type, matched without regard to case or surrounding white space.
/// </summary>
public sealed class ResponseClassifierErrorObjectTests
{
    private readonly Classifier classifier = new();

    [Theory]
    [InlineData("authentication_error", nameof(FailureKind.Authentication))]
    [InlineData("invalid_api_key", nameof(FailureKind.Authentication))]
    [InlineData("permission_error", nameof(FailureKind.Authentication))]
    [InlineData("permission_denied", nameof(FailureKind.Authentication))]
    [InlineData("insufficient_quota", nameof(FailureKind.InsufficientBalance))]
    [InlineData("not_found_error", nameof(FailureKind.Failed))]
    [InlineData("rate_limit_error", nameof(FailureKind.RateLimit))]
    [InlineData("rate_limit_exceeded", nameof(FailureKind.RateLimit))]
    [InlineData("server_error", nameof(FailureKind.Server))]
    [InlineData("api_error", nameof(FailureKind.Server))]
    [InlineData("service_unavailable", nameof(FailureKind.Server))]
    [InlineData("  Rate_Limit_Error ", nameof(FailureKind.RateLimit))]
    [InlineData("something_new", nameof(FailureKind.Reported))]
    public void Classify_ErrorTypeWithASuccessStatus_TheKindItNames(string type, string expected)
    {
        Assert.Equal(expected, Kind($$$"""{"error": {"message": "m", "type": "{{{type}}}"}}"""));
    }

    [Theory]
    [InlineData("400", nameof(FailureKind.Failed))]
    [InlineData("599", nameof(FailureKind.Failed))]
    [InlineData("\"401\"", nameof(FailureKind.Authentication))]
    [InlineData("404", nameof(FailureKind.Failed))]
    [InlineData("408", nameof(FailureKind.Server))]
    public void Classify_ErrorCodeThatIsAnErrorStatus_TheCodeDecidesOverTheType(string code, string expected)
    {
        Assert.Equal(expected, Kind($$$"""{"error": {"code": {{{code}}}, "message": "m", "type": "rate_limit_error"}}"""));
    }

    [Theory]
    [InlineData("399")]
    [InlineData("600")]
    [InlineData("\" 401\"")]
    [InlineData("\"+401\"")]
    [InlineData("401.5")]
    [InlineData("\"E42\"")]
    [InlineData("true")]
    public void Classify_ErrorCodeThatIsNoErrorStatus_TheTypeDecides(string code)
    {
        Assert.Equal(nameof(FailureKind.RateLimit), Kind($$$"""{"error": {"code": {{{code}}}, "message": "m", "type": "rate_limit_error"}}"""));
    }

    [Theory]
    [InlineData(519, nameof(FailureKind.Failed))]
    [InlineData(520, nameof(FailureKind.Server))]
    [InlineData(524, nameof(FailureKind.Server))]
    [InlineData(525, nameof(FailureKind.Failed))]
    [InlineData(404, nameof(FailureKind.NoEndpoint))]
    [InlineData(401, nameof(FailureKind.Authentication))]
    [InlineData(403, nameof(FailureKind.Authentication))]
    [InlineData(402, nameof(FailureKind.InsufficientBalance))]
    public void Classify_ErrorStatusWithoutABody_TheStatusTable(int status, string expected)
    {
        Assert.Equal(expected, classifier.Classify(status, string.Empty).Failure!.Kind.ToString());
    }

    [Fact]
    public void Classify_InsufficientQuotaWithRateLimitStatus_InsufficientBalanceNotRetried()
    {
        var verdict = classifier.Classify(429, """{"error": {"message": "m", "type": "insufficient_quota"}}""");

        Assert.Equal(FailureKind.InsufficientBalance, verdict.Failure!.Kind);
        Assert.False(verdict.Retryable);
    }

    private string Kind(string body) => classifier.Classify(200, body).Failure!.Kind.ToString();
}
