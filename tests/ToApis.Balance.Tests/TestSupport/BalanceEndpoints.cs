namespace ToApis.Balance.Tests.TestSupport;

/// <summary>Runs one body through either endpoint, so that each parsing test covers both.</summary>
internal static class BalanceEndpoints
{
    public const string Token = TestServer.TokenPath;

    public const string User = TestServer.UserPath;

    public static TheoryData<string> Both => new() { Token, User };

    /// <summary>Every body on both endpoints.</summary>
    public static TheoryData<string, string> Cross(params string[] bodies)
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

    /// <summary>The clock of <see cref="GetAsync"/>'s clients: every balance it reads was fetched at this time.</summary>
    public static readonly DateTimeOffset FetchedAt = new RecordingTimeProvider().Start;

    /// <summary>Serves <paramref name="body"/> with HTTP 200 on <paramref name="path"/> and reads it with a fresh client, on a clock stopped at <see cref="FetchedAt"/>.</summary>
    public static async Task<BalanceSnapshot> GetAsync(string path, string body, BalanceUnit unit = BalanceUnit.Unspecified)
    {
        using var server = new TestServer();
        server.Respond(path, 200, body);
        using var client = server.CreateClient(new RecordingTimeProvider(), options => options.BalanceUnit = unit);
        return await CallAsync(client, path);
    }

    public static async Task<BalanceSnapshot> CallAsync(IToApisBalanceClient client, string path) =>
        path == Token ? await client.GetTokenBalanceAsync() : await client.GetUserBalanceAsync();

    /// <summary>
    /// The expected record for the endpoint, fetched at <see cref="FetchedAt"/>: a <see cref="TokenBalance"/> or the
    /// same figures as a <see cref="UserBalance"/>.
    /// </summary>
    public static BalanceSnapshot Expected(string path, TokenBalance expected) => path == Token
        ? expected with { FetchedAt = FetchedAt }
        : new UserBalance
        {
            Remaining = expected.Remaining,
            Used = expected.Used,
            RemainingCredits = expected.RemainingCredits,
            UsedCredits = expected.UsedCredits,
            CreditsPerUsd = expected.CreditsPerUsd,
            Unit = expected.Unit,
            RemainingUsd = expected.RemainingUsd,
            UsedUsd = expected.UsedUsd,
            FetchedAt = FetchedAt,
        };
}
