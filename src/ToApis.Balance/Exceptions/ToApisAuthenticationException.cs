namespace ToApis.Balance;

/// <summary>
/// The server refused the API key: HTTP 401 or 403, a missing <c>Authorization</c> header, or a key or user
/// that does not exist. Retrying does not help; check the key.
/// </summary>
public sealed class ToApisAuthenticationException : ToApisException
{
    /// <summary>Initializes a new instance of the <see cref="ToApisAuthenticationException"/> class.</summary>
    public ToApisAuthenticationException()
        : this("ToAPIs refused the API key.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisAuthenticationException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisAuthenticationException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
