using ToApis.Balance.Internal;

namespace ToApis.Balance;

/// <summary>
/// A ToAPIs call failed for a reason other than the caller's own cancellation. Derived types say why; catch
/// this type to handle them all.
/// </summary>
/// <remarks>
/// Every text this exception carries has been scrubbed of API keys, even when the server echoed the key back.
/// </remarks>
public class ToApisException : Exception
{
    private FailureDetails details;

    /// <summary>Initializes a new instance of the <see cref="ToApisException"/> class.</summary>
    public ToApisException()
        : this("The ToAPIs call failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisException"/> class with a message.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    public ToApisException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong. It must not contain a secret.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ToApisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status code of the response, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get => details.StatusCode; init => details = details with { StatusCode = value }; }

    /// <summary>Gets the error type the server sent (such as <c>authentication_error</c>), or <see langword="null"/>.</summary>
    public string? ErrorType { get => details.ErrorType; init => details = details with { ErrorType = value }; }

    /// <summary>Gets the server's own error message, scrubbed of secrets, or <see langword="null"/> when it sent none.</summary>
    public string? ServerMessage { get => details.ServerMessage; init => details = details with { ServerMessage = value }; }

    /// <summary>Gets the request id the server put in its message (what support asks for), or <see langword="null"/>.</summary>
    public string? RequestId { get => details.RequestId; init => details = details with { RequestId = value }; }

    /// <summary>
    /// Gets how long the server asked the client to wait before trying again (its <c>Retry-After</c> header, on a
    /// 429 or 503 most often), or <see langword="null"/> when it did not say. A wait longer than
    /// <see cref="ToApisBalanceClientOptions.MaxRetryAfter"/>, or one that does not fit what is left of
    /// <see cref="ToApisBalanceClientOptions.TotalTimeout"/>, is not waited: it is reported here.
    /// </summary>
    public TimeSpan? RetryAfter { get => details.RetryAfter; init => details = details with { RetryAfter = value }; }

    /// <summary>Sets what the server said, in one step for every exception type the SDK raises.</summary>
    internal ToApisException With(in FailureDetails failure)
    {
        details = failure;
        return this;
    }
}
