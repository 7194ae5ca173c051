namespace ToApis.Balance;

/// <summary>
/// The server answered HTTP 429 (too many requests) and retries did not get through, or it asked for a wait
/// longer than <see cref="ToApisBalanceClientOptions.MaxRetryAfter"/>; <see cref="ToApisException.RetryAfter"/>
/// then says how long.
/// </summary>
public sealed class ToApisRateLimitException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisRateLimitException"/> class.</summary>
    public ToApisRateLimitException()
        : this("ToAPIs is rate limiting this key.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisRateLimitException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisRateLimitException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
