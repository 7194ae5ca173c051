namespace ToApis.Balance.Monitoring.Internal;

/// <summary>One successful read of a client's balance in its scope.</summary>
internal sealed record BalanceReading(TokenBalance? Token, UserBalance? User, BalanceFigures Figures, BalanceScope? LimitedBy, DateTimeOffset FetchedAt)
{
    /// <summary>Reads what <paramref name="scope"/> asks for: one endpoint, or both at once.</summary>
    public static async Task<BalanceReading> ReadAsync(IToApisBalanceClient client, BalanceScope scope, CancellationToken cancellationToken)
    {
        switch (scope)
        {
            case BalanceScope.Token:
                var token = await client.GetTokenBalanceAsync(cancellationToken).ConfigureAwait(false);
                return new(token, null, BalanceFigures.Of(token), BalanceScope.Token, token.FetchedAt);
            case BalanceScope.User:
                var user = await client.GetUserBalanceAsync(cancellationToken).ConfigureAwait(false);
                return new(null, user, BalanceFigures.Of(user), BalanceScope.User, user.FetchedAt);
            default:
                var both = await client.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
                var fetchedAt = both.Token.FetchedAt < both.User.FetchedAt ? both.Token.FetchedAt : both.User.FetchedAt;
                return new(both.Token, both.User, BalanceFigures.Of(both), both.LimitedBy, fetchedAt);
        }
    }
}
