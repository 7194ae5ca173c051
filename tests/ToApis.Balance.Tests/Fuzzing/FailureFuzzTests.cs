using CsCheck;
using Xunit.Abstractions;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Property (c): a failure has the type its status (or, on a 2xx, its body) stands for, the real status, and the server's Retry-After.</summary>
public sealed class FailureFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task GetBalance_AnyStatusWithFailureBody_HasTheTypeOfItsStatusOrBody() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Status, ResponseGen.HeadersWithoutLocation, FailureBodyGen.Bytes),
        async fuzzCase => OutcomeAssert.Matches(BodyOracle.Expect(fuzzCase), await FuzzCall.RunAsync(fuzzCase), fuzzCase),
        iterations: 3000,
        output);

    [Fact]
    public Task GetBalance_FailureWithRetryAfter_ReportsTheRetryAfter() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Status, ResponseGen.RetryAfter.Select(v => new[] { KeyValuePair.Create("Retry-After", v) }), FailureBodyGen.Bytes),
        async fuzzCase =>
        {
            var before = DateTimeOffset.UtcNow;
            var outcome = await FuzzCall.RunAsync(fuzzCase);
            var after = DateTimeOffset.UtcNow;
            OutcomeAssert.IsBalanceOrTypedFailure(outcome);
            if (outcome.Error is ToApisException error and not ToApisInvalidResponseException)
            {
                RetryAfterAssert.Reported(fuzzCase, error, before, after);
            }
        },
        iterations: 600,
        output);
}
