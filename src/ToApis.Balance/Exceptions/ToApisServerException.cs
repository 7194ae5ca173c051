namespace ToApis.Balance;

/// <summary>
/// The server failed transiently (HTTP 408, 500, 502, 503, 504 or 520 to 524, an error object that says so, or
/// its transient "Failed to get used quota" database error) and retries did not get through. Trying again later
/// may succeed. Other statuses, such as 501 or 505, are not transient: they are plain <see cref="ToApisException"/>s.
/// </summary>
public sealed class ToApisServerException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisServerException"/> class.</summary>
    public ToApisServerException()
        : this("The ToAPIs server failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisServerException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisServerException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisServerException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
