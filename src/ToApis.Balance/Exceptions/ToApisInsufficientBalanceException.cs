namespace ToApis.Balance;

/// <summary>
/// The server refused the call because the key or its account has run out of balance: HTTP 402, or an error
/// of type <c>insufficient_quota</c>. It is never retried: only a recharge (or a higher key limit) helps.
/// </summary>
public sealed class ToApisInsufficientBalanceException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisInsufficientBalanceException"/> class.</summary>
    public ToApisInsufficientBalanceException()
        : this("The ToAPIs balance is insufficient.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisInsufficientBalanceException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisInsufficientBalanceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisInsufficientBalanceException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisInsufficientBalanceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Gets the amount a pre-flight check required (such as the monitoring package's <c>EnsureAtLeastAsync</c>), in the
    /// unit the check used (credits or US dollars, as the message says), or <see langword="null"/> when the server refused a call.
    /// </summary>
    public decimal? Required { get; init; }

    /// <summary>
    /// Gets the amount available when a pre-flight check failed, in the same unit as <see cref="Required"/>, or
    /// <see langword="null"/> when the server refused a call.
    /// </summary>
    public decimal? Available { get; init; }
}
