namespace ToApis.Balance;

/// <summary>
/// The unit of <see cref="BalanceSnapshot.Remaining"/> and <see cref="BalanceSnapshot.Used"/>.
/// </summary>
/// <remarks>
/// The server can be configured to count balances in US dollars, Chinese yuan or raw tokens, and its
/// response does not say which. Set <see cref="ToApisBalanceClientOptions.BalanceUnit"/> to the unit your
/// deployment uses so that results carry it. The credit fields do not depend on this setting.
/// </remarks>
public enum BalanceUnit
{
    /// <summary>The unit is not known: the server does not report it and none was configured.</summary>
    Unspecified = 0,

    /// <summary>US dollars.</summary>
    Usd = 1,

    /// <summary>Chinese yuan (renminbi).</summary>
    Cny = 2,

    /// <summary>A raw token count.</summary>
    Tokens = 3,
}
