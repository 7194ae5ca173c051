using Xunit.Abstractions;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Property (b): a 2xx body gives exactly what the oracle computes from it, every figure or the exception type.</summary>
public sealed class OracleFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task GetBalance_MutatedDocumentedBody_MatchesTheOracle() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Success, ResponseGen.Headers, BodyGen.Bytes(BodyGen.MutatedDocumented)),
        MatchesTheOracleAsync,
        iterations: 5000,
        output);

    [Fact]
    public Task GetBalance_RandomObjectOfKnownFields_MatchesTheOracle() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Success, ResponseGen.Headers, BodyGen.Bytes(BodyGen.RandomObject)),
        MatchesTheOracleAsync,
        iterations: 3000,
        output);

    [Fact]
    public Task GetBalance_DocumentedBodyTruncatedAtEveryByte_IsAnInvalidResponse() => FuzzRunner.CheckAllAsync(
        DocumentedBodies.All.SelectMany(body => body.ToUtf8() is var bytes ? Enumerable.Range(0, bytes.Length).Select(cut => FuzzCase.Ok(bytes[..cut])) : []),
        async fuzzCase =>
        {
            var expected = BodyOracle.Expect(fuzzCase);
            Assert.Equal(Expectation.Invalid, expected.ExceptionType);
            OutcomeAssert.Matches(expected, await FuzzCall.RunAsync(fuzzCase), fuzzCase);
        },
        output);

    private static async Task MatchesTheOracleAsync(FuzzCase fuzzCase) =>
        OutcomeAssert.Matches(BodyOracle.Expect(fuzzCase), await FuzzCall.RunAsync(fuzzCase), fuzzCase);
}
