using System.Net;
using System.Reflection;
using System.Text;

namespace ToApis.Balance.Testing.Tests;

/// <summary>
/// One mapping: for the same body, the client, the model factory and the sandbox give the same balance, property by
/// property. The bodies here exercise every property of <see cref="BalanceSnapshot"/>, so a property added to it
/// that one of these paths does not carry fails here instead of in a user's test.
/// </summary>
public sealed class MappingParityTests
{
    private const BalanceUnit Unit = BalanceUnit.Cny;

    /// <summary>Bodies with the factory's arguments for the same figures: a rate other than the documented one, unlimited, and overdrawn (exhausted).</summary>
    public static TheoryData<Body> Bodies =>
    [
        new Body(
            """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 25000, "used_credits": 6375, "credits_per_usd": 250, "unlimited_quota": false}""",
            100.0m, 25.5m, false, 25000m, 6375m, 250m),
        new Body(
            """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": true}""",
            -1m, 25.5m, true, 20000m, 5100m, 200m),
        new Body(
            """{"success": true, "remain_balance": -2.5, "used_balance": 102.5, "remain_credits": -500, "used_credits": 20500, "credits_per_usd": 200, "unlimited_quota": false}""",
            -2.5m, 102.5m, false, -500m, 20500m, 200m),
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task TokenBalance_FiguresOfABody_EqualWhatTheClientReadsFromIt(Body body)
    {
        var read = await ReadAsync(body.Json);

        var built = ToApisModelFactory.TokenBalance(body.Remaining, body.Used, body.Unlimited, Unit, body.RemainingCredits, body.UsedCredits, body.Rate, read.FetchedAt);

        AssertSameProperties(read, built, "the model factory");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task FromBalances_WhatTheClientRead_TheClientReadsItAgainFromTheSandbox(Body body)
    {
        var read = await ReadAsync(body.Json);
        await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(read, ToApisModelFactory.UserBalance()) };
        using var client = sandbox.CreateClient(o => o.BalanceUnit = Unit);

        var again = await client.GetTokenBalanceAsync();

        AssertSameProperties(read, again with { FetchedAt = read.FetchedAt }, "the sandbox");
    }

    [Fact]
    public async Task Bodies_ReadByTheClient_SetEveryPropertyInOneOfThem()
    {
        var reads = new List<TokenBalance>();
        foreach (var body in Bodies)
        {
            reads.Add(await ReadAsync(body.Json));
        }

        foreach (var property in typeof(TokenBalance).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var unset = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
            Assert.True(
                reads.Exists(read => !Equals(property.GetValue(read), unset)),
                $"{property.Name} is not set by any body here: add the figure it comes from to the bodies and to the factory's arguments, so that every path is shown to carry it.");
        }
    }

    private static void AssertSameProperties(TokenBalance expected, TokenBalance actual, string path)
    {
        foreach (var property in typeof(TokenBalance).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(
                Equals(property.GetValue(expected), property.GetValue(actual)),
                $"{property.Name}: the client read {property.GetValue(expected)}, {path} gave {property.GetValue(actual)}.");
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<TokenBalance> ReadAsync(string body)
    {
        using var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = "sk-parity", BalanceUnit = Unit }, new BodyHandler(body));
        return await client.GetTokenBalanceAsync();
    }

    /// <summary>A body, and its figures as the factory's arguments.</summary>
    public sealed record Body(string Json, decimal? Remaining, decimal? Used, bool? Unlimited, decimal? RemainingCredits, decimal? UsedCredits, decimal? Rate);

    /// <summary>Answers every request with the body, as a server would.</summary>
    private sealed class BodyHandler(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
