using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>What the shape of a response decides: a balance without <c>success</c>, a failure body with any status, a body that cannot be read, a redirect.</summary>
public sealed class ResponseClassifierBodyShapeTests
{
    private readonly Classifier classifier = new();

    [Fact]
    public void Classify_BalanceFieldsWithoutSuccess_IsTheBalance()
    {
        Assert.Null(classifier.Classify(200, """{"remain_balance": 5}""").Failure);
    }

    [Fact]
    public void Classify_SuccessTrueWithAMessageAndNoFigures_IsABalanceNotAFailure()
    {
        Assert.Null(classifier.Classify(200, """{"success": true, "message": "ok"}""").Failure);
    }

    [Fact]
    public void Classify_BareMessageWithAnErrorStatus_ReportsTheMessage()
    {
        Assert.Equal("busy", classifier.Classify(500, """{"message": "busy"}""").Failure!.Details.ServerMessage);
    }

    [Fact]
    public void Classify_SuccessFalseAloneWithAnErrorStatus_ReadAsAFailureBodyNotExcerpted()
    {
        var failure = classifier.Classify(500, """{"success": false}""").Failure!;

        Assert.Equal(FailureKind.Server, failure.Kind);
        Assert.Null(failure.Excerpt);
    }

    [Fact]
    public void Classify_NotJsonWithASuccessStatus_UnreadableAndNotRetried()
    {
        var verdict = classifier.Classify(200, "not json");

        Assert.Equal(FailureKind.Unreadable, verdict.Failure!.Kind);
        Assert.False(verdict.Retryable);
        Assert.Null(verdict.Failure.Reason);
    }

    [Fact]
    public void Classify_NotUtf8WithASuccessStatus_UnreadableSayingSo()
    {
        var failure = classifier.Classify(200, [(byte)'{', 0xFF, (byte)'}']).Failure!;

        Assert.Equal(FailureKind.Unreadable, failure.Kind);
        Assert.Equal(" (not valid UTF-8)", failure.Reason);
    }

    [Theory]
    [InlineData(201, nameof(FailureKind.RateLimit))]
    [InlineData(300, nameof(FailureKind.Failed))]
    public void Classify_RateLimitErrorObject_TheTypeDecidesOnlyWithASuccessStatus(int status, string expected)
    {
        var failure = classifier.Classify(status, """{"error": {"message": "m", "type": "rate_limit_error"}}""").Failure!;

        Assert.Equal(expected, failure.Kind.ToString());
    }

    [Fact]
    public void Classify_RelativeRedirectAfterAFollowedOne_ResolvedAgainstTheLastAddress()
    {
        var failure = classifier.Classify(302, [], location: "/elsewhere").Failure!;

        Assert.Equal(FailureKind.RedirectLoop, failure.Kind);
        Assert.Equal(new Uri("http://localhost/elsewhere"), failure.Target);
    }
}
