namespace ToApis.Balance.Testing.Tests;

public sealed class ToApisSandboxScenarioTests
{
    public static TheoryData<string> Names => [.. ToApisSandboxScenario.Names];

    [Fact]
    public void Names_Always_ListsEveryScenarioInOrder()
    {
        Assert.Equal(
            ["limited", "unlimited", "low", "overdrawn", "no-credits", "key-not-found", "user-not-found", "unauthorized", "rate-limited", "flaky", "html-502", "slow", "falling"],
            ToApisSandboxScenario.Names);
    }

    [Fact]
    public void All_Always_MatchesNames()
    {
        Assert.Equal(ToApisSandboxScenario.Names, ToApisSandboxScenario.All.Select(scenario => scenario.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_EachName_ReturnsTheScenarioOfThatName(string name)
    {
        var scenario = ToApisSandboxScenario.Parse(name);

        Assert.Equal(name, scenario.Name);
        Assert.Equal(name, scenario.ToString());
        Assert.NotEmpty(scenario.Description);
    }

    [Theory]
    [InlineData("LOW")]
    [InlineData(" low ")]
    public void Parse_OtherCaseOrSpaces_ReturnsTheScenario(string name)
    {
        Assert.Same(ToApisSandboxScenario.Low, ToApisSandboxScenario.Parse(name));
    }

    [Fact]
    public void Parse_UnknownName_ThrowsArgumentExceptionListingTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ToApisSandboxScenario.Parse("broke"));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith(
            "'broke' is not a sandbox scenario. Valid scenarios: limited, unlimited, low, overdrawn, no-credits, key-not-found, user-not-found, unauthorized, rate-limited, flaky, html-502, slow, falling.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ToApisSandboxScenario.Parse(null!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("custom")]
    public void TryParse_NotAName_ReturnsFalse(string? name)
    {
        Assert.False(ToApisSandboxScenario.TryParse(name, out var scenario));
        Assert.Null(scenario);
    }

    [Fact]
    public void FromBalances_Always_IsNamedCustomAndNotListed()
    {
        var scenario = ToApisSandboxScenario.FromBalances(ToApisModelFactory.TokenBalance(remaining: 1m), ToApisModelFactory.UserBalance(remaining: 2m));

        Assert.Equal("custom", scenario.Name);
        Assert.DoesNotContain(scenario, ToApisSandboxScenario.All);
    }

    [Fact]
    public async Task FromBalances_ThroughTheClient_AnswersEachEndpointItsBalance()
    {
        var token = ToApisModelFactory.TokenBalance(remaining: 7.25m, used: 1m);
        var user = ToApisModelFactory.UserBalance(unlimited: true, used: 3m);
        await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(token, user) };
        using var client = sandbox.CreateClient(o => o.BalanceUnit = BalanceUnit.Usd);

        var readToken = await client.GetTokenBalanceAsync();
        var readUser = await client.GetUserBalanceAsync();

        Assert.Equal(token, readToken with { FetchedAt = default });
        Assert.Equal(user, readUser with { FetchedAt = default });
    }

    [Fact]
    public async Task FromBalances_KeyBelowItsAccount_GetBalancesAsyncIsLimitedByTheKey()
    {
        var token = ToApisModelFactory.TokenBalance(remaining: 4m);
        var user = ToApisModelFactory.UserBalance(remaining: 50m);
        await using var sandbox = new ToApisSandbox { Scenario = ToApisSandboxScenario.FromBalances(token, user) };
        using var client = sandbox.CreateClient();

        var both = await client.GetBalancesAsync();

        Assert.Equal(BalanceScope.Token, both.LimitedBy);
        Assert.Equal(Quota.Limited(800m), both.EffectiveRemainingCredits);
    }
}
