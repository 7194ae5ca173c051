namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// What the oracle says a case must end with: a balance with every figure known, or an exception of a type named
/// by its simple name (so a type that does not exist yet, such as ToApisInsufficientBalanceException, still compiles).
/// </summary>
/// <param name="ExceptionType">The simple type name of the exception, or <see langword="null"/> for a balance.</param>
/// <param name="Balance">Every figure of the expected balance, when one is expected.</param>
/// <param name="InvalidAlsoAccepted">
/// True where the oracle cannot tell whether the SDK may read a value (an odd number spelling): a
/// ToApisInvalidResponseException is then accepted too, but never a different number.
/// </param>
/// <param name="InvalidField">A field the message of the expected ToApisInvalidResponseException must name.</param>
/// <param name="ServerMessage">The ServerMessage the failure must carry, when the oracle knows it exactly.</param>
/// <param name="Why">The rule of the semantics that decided, for the failure message.</param>
internal sealed record Expectation(
    string? ExceptionType,
    ExpectedBalance? Balance,
    bool InvalidAlsoAccepted,
    string? InvalidField,
    string? ServerMessage,
    string Why)
{
    public const string Plain = nameof(ToApisException);
    public const string Invalid = nameof(ToApisInvalidResponseException);
    public const string Authentication = nameof(ToApisAuthenticationException);
    public const string InsufficientBalance = "ToApisInsufficientBalanceException";
    public const string RateLimit = nameof(ToApisRateLimitException);
    public const string Server = nameof(ToApisServerException);

    public static Expectation Failure(string type, string why, string? serverMessage = null) => new(type, null, false, null, serverMessage, why);

    public static Expectation InvalidResponse(string why, string? field = null) => new(Invalid, null, false, field, null, why);

    public static Expectation Success(ExpectedBalance balance) => new(null, balance, false, null, null, "a balance");

    /// <summary>Another exception type accepted where the oracle cannot tell whether the SDK reads the body at all.</summary>
    public string? AlsoAcceptedType { get; init; }

    public Expectation OrInvalid(bool accepted) => accepted && ExceptionType != Invalid ? this with { InvalidAlsoAccepted = true } : this;

    public override string ToString() =>
        (ExceptionType ?? $"a balance {Balance}") + $" ({Why})" + (InvalidAlsoAccepted ? " or ToApisInvalidResponseException" : string.Empty);
}
