namespace ToApis.Balance.Internal;

/// <summary>
/// The verdict on an attempt that did not bring a balance: its kind, what the server said, and whether another
/// attempt may help. It holds no response: the retry pipeline reads it, and the exception is built from it once,
/// when the call is over (<see cref="ToApisErrorFactory.Create"/>).
/// </summary>
/// <param name="Kind">What the failure is.</param>
/// <param name="Details">What the response said, scrubbed; its <c>Retry-After</c> is the delay the retry pipeline waits.</param>
/// <param name="Retryable">Whether another attempt may succeed (a transient kind whose <c>Retry-After</c> fits the call).</param>
internal sealed record Failure(FailureKind Kind, FailureDetails Details, bool Retryable)
{
    /// <summary>The start of the body, scrubbed, for a failure whose body said nothing more useful.</summary>
    public string? Excerpt { get; init; }

    /// <summary>The exception behind a transport failure, a timeout or an unreadable body.</summary>
    public Exception? Cause { get; init; }

    /// <summary>Why a body is not a balance, when the reader could not say it through <see cref="Cause"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Where a redirect that was not followed pointed.</summary>
    public Uri? Target { get; init; }
}
