namespace ToApis.Balance.Internal;

/// <summary>The client's entry to the shared mapping (<c>src/Shared/BalanceMapper.cs</c>): a classified body, straight into its endpoint's record.</summary>
internal static partial class BalanceMapper
{
    /// <summary>The public record of the endpoint: a <see cref="UserBalance"/> for the account, else a <see cref="TokenBalance"/>.</summary>
    public static BalanceSnapshot Map(in BalanceResponse body, bool account, BalanceUnit unit, DateTimeOffset fetchedAt) =>
        account ? ToSnapshot<UserBalance>(body.Figures, unit, fetchedAt) : ToSnapshot<TokenBalance>(body.Figures, unit, fetchedAt);
}
