namespace ToApis.Balance;

/// <summary>
/// The call ran out of time: every attempt hit <see cref="ToApisBalanceClientOptions.AttemptTimeout"/>, or the
/// whole call hit <see cref="ToApisBalanceClientOptions.TotalTimeout"/>. The caller's own cancellation is
/// reported as <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class ToApisTimeoutException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisTimeoutException"/> class.</summary>
    public ToApisTimeoutException()
        : this("The ToAPIs call timed out.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisTimeoutException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisTimeoutException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
