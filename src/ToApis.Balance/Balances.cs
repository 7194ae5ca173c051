namespace ToApis.Balance;

/// <summary>
/// The API key's balance and its account's balance, read together, with the <em>effective</em> remaining: what
/// the key can still spend, which is the smaller of the two (a key's own limit can exceed what its account holds).
/// </summary>
/// <param name="Token">The API key's balance (<c>GET /v1/balance</c>).</param>
/// <param name="User">The account's balance (<c>GET /v1/user/balance</c>).</param>
/// <remarks>
/// Each effective figure is the smaller of the two sides, where <see cref="Quota.Unlimited"/> is larger than any
/// amount: it is unlimited only when both sides are. When either side did not report the figure it is
/// <see cref="Quota.NotReported"/>: an unknown side could be the smaller one, so no figure is given rather than a
/// figure that may be too high. <see cref="BalanceFigures.Of(Balances)"/> holds these rules, and judges thresholds.
/// </remarks>
public sealed record Balances(TokenBalance Token, UserBalance User)
{
    /// <summary>Gets the effective remaining balance in the client's <see cref="ToApisBalanceClientOptions.BalanceUnit"/>.</summary>
    public Quota EffectiveRemaining => BalanceFigures.Of(this).Balance;

    /// <summary>Gets the effective remaining credits.</summary>
    public Quota EffectiveRemainingCredits => BalanceFigures.Of(this).Credits;

    /// <summary>Gets the effective remaining balance in US dollars.</summary>
    public Quota EffectiveRemainingUsd => BalanceFigures.Of(this).Usd;

    /// <summary>Gets the effective percentage remaining: the lower of the two sides' <see cref="BalanceSnapshot.PercentRemaining"/>.</summary>
    public Quota EffectivePercentRemaining => BalanceFigures.Of(this).PercentRemaining;

    /// <summary>
    /// Gets a value indicating whether the key can spend nothing more: either side has run out
    /// (<see cref="BalanceFigures.IsExhausted"/>), even when the other did not report the figure.
    /// </summary>
    public bool IsExhausted => BalanceFigures.Of(this).IsExhausted;

    /// <summary>
    /// Gets which side sets <see cref="EffectiveRemainingCredits"/>: <see cref="BalanceScope.Token"/>,
    /// <see cref="BalanceScope.User"/>, or <see cref="BalanceScope.Both"/> when both hold the same amount;
    /// <see langword="null"/> when neither limits (both unlimited) or a side did not report its credits.
    /// </summary>
    public BalanceScope? LimitedBy
    {
        get
        {
            var token = Token.RemainingCredits;
            var user = User.RemainingCredits;
            if (!token.IsReported || !user.IsReported || (token.IsUnlimited && user.IsUnlimited))
            {
                return null;
            }

            if (token.IsUnlimited)
            {
                return BalanceScope.User;
            }

            if (user.IsUnlimited)
            {
                return BalanceScope.Token;
            }

            var difference = token.Amount!.Value.CompareTo(user.Amount!.Value);
            return difference < 0 ? BalanceScope.Token : difference > 0 ? BalanceScope.User : BalanceScope.Both;
        }
    }

    /// <summary>Reads both balances at once; the first failure cancels the other call and is thrown.</summary>
    /// <param name="client">The client to read with.</param>
    /// <param name="cancellationToken">Cancels both calls.</param>
    /// <returns>Both balances.</returns>
    internal static async Task<Balances> ReadAsync(IToApisBalanceClient client, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = client.GetTokenBalanceAsync(both.Token);
        Task<UserBalance> user;
        try
        {
            user = client.GetUserBalanceAsync(both.Token);
        }
        catch
        {
            both.Cancel();
            Observe(token);
            throw;
        }

        var first = await Task.WhenAny(token, user).ConfigureAwait(false);
        if (!first.IsCompletedSuccessfully)
        {
            // Do not wait for the other call's retries: the answer is already a failure.
            both.Cancel();
            Observe(first == token ? user : token);
            await first.ConfigureAwait(false);
        }

        return new Balances(await token.ConfigureAwait(false), await user.ConfigureAwait(false));
    }

    /// <summary>Observes the exception of a call whose outcome no longer matters, so it is never reported as unobserved.</summary>
    private static void Observe(Task abandoned) =>
        abandoned.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
