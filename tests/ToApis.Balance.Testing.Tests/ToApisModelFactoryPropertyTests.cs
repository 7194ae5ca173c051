using CsCheck;
using Xunit.Abstractions;

namespace ToApis.Balance.Testing.Tests;

/// <summary>
/// The factory derives what the client derives: for generated figures, the balance it builds comes back equal
/// from the real client reading the body the sandbox sends for it.
/// </summary>
public sealed class ToApisModelFactoryPropertyTests(ITestOutputHelper output)
{
    private static readonly Gen<decimal> Figure = Gen.Frequency(
        (6, Gen.Decimal[-1_000_000m, 1_000_000m].Select(value => decimal.Round(value, 2))),
        (2, Gen.Decimal[-1_000_000_000m, 1_000_000_000m]),
        (1, Gen.OneOf(-1m, 0m, 0.0000001m, -0.01m)));

    private static readonly Gen<decimal?> Rate = Gen.OneOf<decimal?>(200m, null, 100m, 7m, 0.5m, 0.0001m, 0m, -3m);

    private static readonly Gen<Figures> AnyFigures = Gen.Select(
        Gen.Nullable(Figure, 0.2),
        Gen.Nullable(Figure, 0.2),
        Gen.OneOf<bool?>(null, false, true),
        Gen.Nullable(Figure, 0.6),
        Gen.Nullable(Figure, 0.6),
        Rate,
        (remaining, used, unlimited, remainingCredits, usedCredits, rate) => new Figures(remaining, used, unlimited, remainingCredits, usedCredits, rate));

    [Fact]
    public async Task TokenAndUserBalance_GeneratedFigures_EqualWhatTheClientReadsFromTheirBody()
    {
        await Gen.Select(AnyFigures, AnyFigures, Gen.Enum<BalanceUnit>()).SampleAsync(
            async (tokenFigures, userFigures, unit) =>
            {
                var token = ToApisModelFactory.TokenBalance(
                    tokenFigures.Remaining, tokenFigures.Used, tokenFigures.Unlimited, unit, tokenFigures.RemainingCredits, tokenFigures.UsedCredits, tokenFigures.Rate);
                var user = ToApisModelFactory.UserBalance(
                    userFigures.Remaining, userFigures.Used, userFigures.Unlimited, unit, userFigures.RemainingCredits, userFigures.UsedCredits, userFigures.Rate);
                await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(token, user) };
                using var client = sandbox.CreateClient(o => o.BalanceUnit = unit);

                Assert.Equal(token, await client.GetTokenBalanceAsync() with { FetchedAt = default });
                Assert.Equal(user, await client.GetUserBalanceAsync() with { FetchedAt = default });
            },
            writeLine: output.WriteLine,
            iter: 500);
    }

    [Fact]
    public void TokenBalance_UsdGeneratedFigures_HaveCreditsAtTheRate()
    {
        Gen.Select(Figure, Gen.OneOf(200m, 100m, 7m, 0.5m)).Sample(
            (remaining, rate) =>
            {
                var balance = ToApisModelFactory.TokenBalance(remaining, unlimited: false, creditsPerUsd: rate);

                Assert.Equal(remaining * rate, balance.RemainingCredits.Amount);
                Assert.Equal(balance.RemainingCredits.Amount / rate, balance.RemainingUsd.Amount);
            },
            writeLine: output.WriteLine);
    }

    private sealed record Figures(decimal? Remaining, decimal? Used, bool? Unlimited, decimal? RemainingCredits, decimal? UsedCredits, decimal? Rate);
}
