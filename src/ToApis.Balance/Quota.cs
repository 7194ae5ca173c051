using System.Globalization;

namespace ToApis.Balance;

/// <summary>
/// A remaining amount as the server reported it: a limited amount, unlimited, or not reported at all.
/// </summary>
/// <remarks>
/// The server sends <c>-1</c> for an unlimited balance; that value never reaches <see cref="Amount"/>.
/// A field the server did not send is <see cref="NotReported"/>, never zero. The default value is
/// <see cref="NotReported"/>.
/// </remarks>
public readonly record struct Quota
{
    private readonly QuotaState state;
    private readonly decimal amount;

    private Quota(QuotaState state, decimal amount)
    {
        this.state = state;
        this.amount = amount;
    }

    private enum QuotaState : byte
    {
        NotReported = 0,
        Limited,
        Unlimited,
    }

    /// <summary>Gets the quota that has no limit.</summary>
    public static Quota Unlimited { get; } = new(QuotaState.Unlimited, 0m);

    /// <summary>Gets the quota of a field the server did not send.</summary>
    public static Quota NotReported { get; } = default;

    /// <summary>Gets a value indicating whether no limit applies.</summary>
    public bool IsUnlimited => state == QuotaState.Unlimited;

    /// <summary>Gets a value indicating whether the server reported this quota (limited or unlimited).</summary>
    public bool IsReported => state != QuotaState.NotReported;

    /// <summary>Gets the limited amount, or <see langword="null"/> when the quota is unlimited or not reported.</summary>
    public decimal? Amount => state == QuotaState.Limited ? amount : null;

    /// <summary>Creates a limited quota of the given amount.</summary>
    /// <param name="amount">The remaining amount. A negative amount means the balance is overdrawn.</param>
    /// <returns>A limited quota.</returns>
    public static Quota Limited(decimal amount) => new(QuotaState.Limited, amount);

    /// <summary>Gets the limited amount, when there is one.</summary>
    /// <param name="amount">The amount, or zero when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the quota is a limited amount.</returns>
    public bool TryGetAmount(out decimal amount)
    {
        amount = state == QuotaState.Limited ? this.amount : 0m;
        return state == QuotaState.Limited;
    }

    /// <summary>Returns the amount in invariant culture, <c>Unlimited</c>, or <c>NotReported</c>.</summary>
    /// <returns>A text for logs and consoles.</returns>
    public override string ToString() => state switch
    {
        QuotaState.Limited => amount.ToString(CultureInfo.InvariantCulture),
        QuotaState.Unlimited => "Unlimited",
        _ => "NotReported",
    };
}
