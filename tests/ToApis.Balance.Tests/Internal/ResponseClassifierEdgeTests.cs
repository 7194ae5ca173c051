using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>
/// The edges of the classifier's ranges: the last success status, a <c>Retry-After</c> exactly at the cap and exactly
/// at what is left of the call's budget, and which of two messages a failure body reports.
/// </summary>
public sealed class ResponseClassifierEdgeTests
{
    private readonly Classifier classifier = new();

    [Fact]
    public void Classify_BalanceWithStatus299_IsTheBalance()
    {
        Assert.Null(classifier.Classify(299, Bodies.Full).Failure);
    }

    [Fact]
    public void Classify_BalanceWithStatus300_IsAFailedCall()
    {
        var failure = classifier.Classify(300, Bodies.Full).Failure!;

        Assert.Equal(FailureKind.Failed, failure.Kind);
        Assert.Equal(300, failure.Details.StatusCode);
    }

    [Fact]
    public void Classify_RetryAfterExactlyAtTheCap_IsRetried()
    {
        var verdict = classifier.Classify(429, string.Empty, retryAfter: Classifier.Cap);

        Assert.Equal(FailureKind.RateLimit, verdict.Failure!.Kind);
        Assert.True(verdict.Retryable);
    }

    [Fact]
    public void Classify_RetryAfterJustOverTheCap_IsNotRetried()
    {
        Assert.False(classifier.Classify(429, string.Empty, retryAfter: Classifier.Cap + TimeSpan.FromSeconds(1)).Retryable);
    }

    [Fact]
    public void Classify_RetryAfterExactlyWhatIsLeftOfTheBudget_IsNotRetried()
    {
        var started = classifier.Time.GetTimestamp();
        classifier.Time.Advance(Classifier.Budget - Classifier.Cap);

        var verdict = classifier.Classify(503, string.Empty, retryAfter: Classifier.Cap, started: started);

        Assert.Equal(FailureKind.Server, verdict.Failure!.Kind);
        Assert.False(verdict.Retryable);
    }

    [Fact]
    public void Classify_RetryAfterJustUnderWhatIsLeftOfTheBudget_IsRetried()
    {
        var started = classifier.Time.GetTimestamp();
        classifier.Time.Advance(Classifier.Budget - Classifier.Cap - TimeSpan.FromSeconds(1));

        Assert.True(classifier.Classify(503, string.Empty, retryAfter: Classifier.Cap, started: started).Retryable);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public void Classify_ErrorMessageAndTopLevelMessageBothSent_TheErrorObjectsMessageIsReported(int status)
    {
        const string Body = """{"success": false, "message": "top-level words", "error": {"message": "error object words", "type": "server_error"}}""";

        Assert.Equal("error object words", classifier.Classify(status, Body).Failure!.Details.ServerMessage);
    }
}
