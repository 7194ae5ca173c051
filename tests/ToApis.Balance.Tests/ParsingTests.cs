using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>Every documented body, and every liberty the contract says the server takes, through real HTTP on both endpoints.</summary>
public sealed class ParsingTests
{
    private const string Token = TestServer.TokenPath;
    private const string User = TestServer.UserPath;

    public static TheoryData<string> Endpoints => new() { Token, User };

    public static TheoryData<string, string> UnlimitedWithoutFlag => Cross(
        """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""",
        """{"success": true, "remain_balance": -1, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200}""",
        """{"success": true, "remain_balance": -1.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""",
        """{"success": true, "remain_balance": "-1", "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""");

    public static TheoryData<string, string> NotABalance => Cross("null", "{}", "[]", "\"balance\"", "42", "true");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_FullBody_MapsEveryField(string path)
    {
        var balance = await GetAsync(path, Bodies.Full);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(100m),
                Used = 25.5m,
                RemainingCredits = Quota.Limited(20000m),
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                IsUnlimited = false,
                Unit = BalanceUnit.Unspecified,
                RemainingUsd = Quota.Limited(100m),
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Call_RequestsTokenPathOnce()
    {
        using var server = new TestServer();
        server.Respond(Token, 200, Bodies.Full);
        using var client = server.CreateClient();

        await client.GetTokenBalanceAsync();

        Assert.Equal(1, server.CountRequests(Token));
    }

    [Fact]
    public async Task GetUserBalanceAsync_Call_RequestsUserPathOnce()
    {
        using var server = new TestServer();
        server.Respond(User, 200, Bodies.Full);
        using var client = server.CreateClient();

        await client.GetUserBalanceAsync();

        Assert.Equal(1, server.CountRequests(User));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_UnlimitedBody_EveryRemainingIsUnlimited(string path)
    {
        var balance = await GetAsync(path, Bodies.Unlimited);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Unlimited,
                Used = 25.5m,
                RemainingCredits = Quota.Unlimited,
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                IsUnlimited = true,
                RemainingUsd = Quota.Unlimited,
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(UnlimitedWithoutFlag))]
    public async Task GetBalance_RemainBalanceMinusOneWithoutFlag_IsUnlimited(string path, string body)
    {
        var balance = await GetAsync(path, body);

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
        Assert.Equal(Quota.Unlimited, balance.RemainingCredits);
        Assert.Equal(Quota.Unlimited, balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_UnlimitedFlagWithPositiveBalance_IsUnlimited(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 50, "used_balance": 1, "remain_credits": 10000, "used_credits": 200, "credits_per_usd": 200, "unlimited_quota": true}""");

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
        Assert.Equal(Quota.Unlimited, balance.RemainingCredits);
        Assert.Equal(Quota.Unlimited, balance.RemainingUsd);
        Assert.Equal(1m, balance.Used);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_BodyWithoutCredits_CreditsNotReportedNeverZero(string path)
    {
        var balance = await GetAsync(path, Bodies.WithoutCredits);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(10.5m),
                Used = 2.3m,
                RemainingCredits = Quota.NotReported,
                UsedCredits = null,
                CreditsPerUsd = null,
                IsUnlimited = false,
                RemainingUsd = Quota.NotReported,
                UsedUsd = null,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_MinimalUnlimitedBody_UnlimitedAndNothingElseReported(string path)
    {
        var balance = await GetAsync(path, Bodies.Minimal);

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Unlimited,
                Used = null,
                RemainingCredits = Quota.Unlimited,
                UsedCredits = null,
                CreditsPerUsd = null,
                IsUnlimited = true,
                RemainingUsd = Quota.Unlimited,
                UsedUsd = null,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_NumbersAsStrings_ParsedAsNumbers(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": "10.5", "used_balance": "2.3", "remain_credits": "2100", "used_credits": "460", "credits_per_usd": "200", "unlimited_quota": false}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(10.5m),
                Used = 2.3m,
                RemainingCredits = Quota.Limited(2100m),
                UsedCredits = 460m,
                CreditsPerUsd = 200m,
                RemainingUsd = Quota.Limited(10.5m),
                UsedUsd = 2.3m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_Integers_ParsedExactly(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 500000000000, "used_balance": 0, "remain_credits": 7, "used_credits": 0, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(500000000000m), balance.Remaining);
        Assert.Equal(0m, balance.Used);
        Assert.Equal(Quota.Limited(7m), balance.RemainingCredits);
        Assert.Equal(0m, balance.UsedCredits);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_ManyDecimals_KeptExactly(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 12345.6789012345678901234, "used_balance": 0.1, "remain_credits": 0.0000000001, "used_credits": 3.3333333333333333333333333, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(12345.6789012345678901234m, balance.Remaining.Amount);
        Assert.Equal(0.1m, balance.Used);
        Assert.Equal(0.0000000001m, balance.RemainingCredits.Amount);
        Assert.Equal(3.3333333333333333333333333m, balance.UsedCredits);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_OneCredit_UsdViewIsExactDecimal(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 0.005, "used_balance": 0.015, "remain_credits": 1, "used_credits": 3, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(0.005m), balance.RemainingUsd);
        Assert.Equal(0.015m, balance.UsedUsd);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_NullFields_NotReportedNeverZero(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 5, "used_balance": null, "remain_credits": null, "used_credits": null, "credits_per_usd": null, "unlimited_quota": null}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(5m),
                Used = null,
                RemainingCredits = Quota.NotReported,
                UsedCredits = null,
                CreditsPerUsd = null,
                IsUnlimited = false,
                RemainingUsd = Quota.NotReported,
                UsedUsd = null,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_NullRemainBalance_RemainingNotReported(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": null, "used_balance": 2, "remain_credits": 400, "used_credits": 400, "credits_per_usd": 200, "unlimited_quota": false}""");

        Assert.Equal(Quota.NotReported, balance.Remaining);
        Assert.Equal(Quota.Limited(400m), balance.RemainingCredits);
        Assert.Equal(Quota.Limited(2m), balance.RemainingUsd);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_UnknownExtraFields_Ignored(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "currency": "USD", "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false, "object": {"nested": [1, "two", null, {"x": true}]}, "expires_at": -1, "message": ""}""");

        Assert.Equal(
            Expected(path, new TokenBalance
            {
                Remaining = Quota.Limited(100m),
                Used = 25.5m,
                RemainingCredits = Quota.Limited(20000m),
                UsedCredits = 5100m,
                CreditsPerUsd = 200m,
                RemainingUsd = Quota.Limited(100m),
                UsedUsd = 25.5m,
            }),
            balance);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_BooleansAsStringsTrue_IsUnlimited(string path)
    {
        var balance = await GetAsync(path, """{"success": "true", "remain_balance": 100, "used_balance": 1, "unlimited_quota": "true"}""");

        Assert.True(balance.IsUnlimited);
        Assert.Equal(Quota.Unlimited, balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_BooleansAsStringsFalse_IsLimited(string path)
    {
        var balance = await GetAsync(path, """{"success": "true", "remain_balance": 100, "used_balance": 1, "unlimited_quota": "false"}""");

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(100m), balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_CreditsWithRate_UsdIsCreditsOverRate(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 700, "used_balance": 70, "remain_credits": 20000, "used_credits": 2000, "credits_per_usd": 500, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(40m), balance.RemainingUsd);
        Assert.Equal(4m, balance.UsedUsd);
        Assert.Equal(500m, balance.CreditsPerUsd);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_CreditsWithoutRate_UsesTwoHundredCreditsPerUsd(string path)
    {
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 700, "used_balance": 70, "remain_credits": 20000, "used_credits": 5100, "unlimited_quota": false}""");

        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
        Assert.Equal(25.5m, balance.UsedUsd);
        Assert.Null(balance.CreditsPerUsd);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_BalanceInAnotherUnit_UsdStillFromCredits(string path)
    {
        // 720 yuan displayed; the credits alone say how many dollars that is.
        var balance = await GetAsync(path, """{"success": true, "remain_balance": 720, "used_balance": 36, "remain_credits": 20000, "used_credits": 1000, "credits_per_usd": 200, "unlimited_quota": false}""", BalanceUnit.Cny);

        Assert.Equal(Quota.Limited(720m), balance.Remaining);
        Assert.Equal(Quota.Limited(100m), balance.RemainingUsd);
        Assert.Equal(5m, balance.UsedUsd);
        Assert.Equal(BalanceUnit.Cny, balance.Unit);
    }

    [Theory]
    [InlineData(Token, BalanceUnit.Usd)]
    [InlineData(Token, BalanceUnit.Cny)]
    [InlineData(Token, BalanceUnit.Tokens)]
    [InlineData(User, BalanceUnit.Usd)]
    [InlineData(User, BalanceUnit.Cny)]
    [InlineData(User, BalanceUnit.Tokens)]
    public async Task GetBalance_BalanceUnitInOptions_CarriedIntoUnit(string path, BalanceUnit unit)
    {
        var balance = await GetAsync(path, Bodies.Full, unit);

        Assert.Equal(unit, balance.Unit);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task GetBalance_NoBalanceUnitInOptions_UnitUnspecified(string path)
    {
        var balance = await GetAsync(path, Bodies.Full);

        Assert.Equal(BalanceUnit.Unspecified, balance.Unit);
    }

    [Theory]
    [InlineData(Token, "-5.5")]
    [InlineData(Token, "-0.5")]
    [InlineData(Token, "-1.5")]
    [InlineData(Token, "-2")]
    [InlineData(User, "-5.5")]
    [InlineData(User, "-0.5")]
    [InlineData(User, "-1.5")]
    [InlineData(User, "-2")]
    public async Task GetBalance_OverdrawnBalanceOtherThanMinusOne_StaysLimited(string path, string remain)
    {
        var balance = await GetAsync(path, "{\"success\": true, \"remain_balance\": " + remain + ", \"used_balance\": 30, \"unlimited_quota\": false}");

        Assert.False(balance.IsUnlimited);
        Assert.Equal(Quota.Limited(decimal.Parse(remain, System.Globalization.CultureInfo.InvariantCulture)), balance.Remaining);
    }

    [Theory]
    [MemberData(nameof(NotABalance))]
    public async Task GetBalance_JsonThatIsNotABalance_ThrowsInvalidResponse(string path, string body)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<ToApisInvalidResponseException>(() => CallAsync(client, path));
    }

    private static async Task<BalanceSnapshot> GetAsync(string path, string body, BalanceUnit unit = BalanceUnit.Unspecified)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient(options => options.BalanceUnit = unit);
        return await CallAsync(client, path);
    }

    private static async Task<BalanceSnapshot> CallAsync(ToApisBalanceClient client, string path) =>
        path == Token ? await client.GetTokenBalanceAsync() : await client.GetUserBalanceAsync();

    /// <summary>The expected record for the endpoint: a <see cref="TokenBalance"/> or the same figures as a <see cref="UserBalance"/>.</summary>
    private static BalanceSnapshot Expected(string path, TokenBalance expected) => path == Token
        ? expected
        : new UserBalance
        {
            Remaining = expected.Remaining,
            Used = expected.Used,
            RemainingCredits = expected.RemainingCredits,
            UsedCredits = expected.UsedCredits,
            CreditsPerUsd = expected.CreditsPerUsd,
            IsUnlimited = expected.IsUnlimited,
            Unit = expected.Unit,
            RemainingUsd = expected.RemainingUsd,
            UsedUsd = expected.UsedUsd,
        };

    private static TheoryData<string, string> Cross(params string[] bodies)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { Token, User })
        {
            foreach (var body in bodies)
            {
                data.Add(path, body);
            }
        }

        return data;
    }
}
