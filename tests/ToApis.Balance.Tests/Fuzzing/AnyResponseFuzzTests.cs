using Xunit.Abstractions;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Property (a): whatever the server answers, a call ends, with a balance or a ToApisException.</summary>
public sealed class AnyResponseFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task GetBalance_AnyStatusHeadersAndBody_IsABalanceOrATypedFailure() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Status, ResponseGen.Headers, AnyBodyGen.Body),
        async fuzzCase => OutcomeAssert.IsBalanceOrTypedFailure(await FuzzCall.RunAsync(fuzzCase)),
        iterations: 3000,
        output);

    [Fact]
    public Task GetBalance_AnyResponseWithRetriesOn_IsABalanceOrATypedFailure() => FuzzRunner.CheckAsync(
        ResponseGen.Cases(ResponseGen.Status, ResponseGen.Headers, AnyBodyGen.Body),
        async fuzzCase => OutcomeAssert.IsBalanceOrTypedFailure(await FuzzCall.RunWithRetriesAsync(fuzzCase)),
        iterations: 300,
        output);
}
