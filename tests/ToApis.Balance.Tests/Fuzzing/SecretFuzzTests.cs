using Xunit.Abstractions;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Property (d): a server that echoes the key in any form never gets it into an exception's texts.</summary>
public sealed class SecretFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task GetBalance_ResponseEchoingTheKey_KeyNowhereInTheException() => FuzzRunner.CheckAsync(
        SecretGen.Cases,
        async fuzzCase =>
        {
            var outcome = await FuzzCall.RunAsync(fuzzCase);
            OutcomeAssert.IsBalanceOrTypedFailure(outcome);
            if (outcome.Error is ToApisException error)
            {
                SecretAssert.NoKeyIn(error, fuzzCase.ApiKey);
            }
        },
        iterations: 2000,
        output);
}
