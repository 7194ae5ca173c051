namespace ToApis.Balance;

/// <summary>
/// The server answered with something that is not a balance: a body that is not JSON (an HTML error page, an
/// empty body), JSON of another shape, or a body larger than the client accepts.
/// </summary>
public sealed class ToApisInvalidResponseException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisInvalidResponseException"/> class.</summary>
    public ToApisInvalidResponseException()
        : this("ToAPIs answered with a response that is not a balance.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisInvalidResponseException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisInvalidResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisInvalidResponseException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisInvalidResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the start of the body that could not be read (at most 200 characters, scrubbed of secrets), or <see langword="null"/> when it was empty.</summary>
    public string? BodyExcerpt { get; init; }
}
