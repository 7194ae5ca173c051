namespace ToApis.Balance.Internal;

/// <summary>
/// The one place that decides what a response means: a balance, or a failure of a given type, and whether that
/// failure is worth another attempt. Status and body shape decide first; the message only where nothing else
/// tells two cases apart. Runs inside each attempt, on the complete (capped) body, which is parsed once here.
/// </summary>
internal sealed class ResponseClassifier(ToApisErrorFactory errors, TimeProvider timeProvider, ToApisBalanceClientOptions options)
{
    /// <summary>Classifies one response of an attempt.</summary>
    /// <param name="request">The request as this attempt last sent it (after any redirect it followed).</param>
    /// <param name="response">The response, its body already read.</param>
    /// <param name="body">The body, at most <see cref="ToApisDefaults.MaxResponseBytes"/> bytes; the result takes its buffer.</param>
    /// <param name="account">Whether the call is for the account's balance (<see cref="UserBalance"/>) rather than the key's.</param>
    /// <param name="callStarted">When the call started (<see cref="TimeProvider.GetTimestamp"/>), to know what is left of its budget.</param>
    public ClassifiedContent Classify(HttpRequestMessage request, HttpResponseMessage response, CappedBody body, bool account, long callStarted)
    {
        var status = (int)response.StatusCode;
        ToApisException failure;
        if (status is >= 200 and < 300)
        {
            if (!body.Complete)
            {
                return ClassifiedContent.Failed(body, errors.TooLarge(status, body.Span), retryable: false);
            }

            if (BalanceBody.TryRead(body.Span, out var problem, out var invalidUtf8) is not { } parsed)
            {
                var reason = invalidUtf8 ? " (not valid UTF-8)" : null;
                return ClassifiedContent.Failed(body, errors.UnreadableBody(status, body.Span, problem, reason), retryable: false);
            }

            if (!IsFailure(parsed))
            {
                // Straight into the endpoint's public record: the wire shape is a struct, so a call keeps one object.
                return ClassifiedContent.Succeeded(body, BalanceMapper.Map(parsed, account, options.BalanceUnit, timeProvider.GetUtcNow()));
            }

            failure = errors.FromFailure(status, parsed, RetryAfterHeader.Get(response, timeProvider));
        }
        else if (HttpRedirect.IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
        {
            // The attempt follows same-origin redirects; one that reaches here went elsewhere or too far.
            var current = response.RequestMessage?.RequestUri ?? request.RequestUri!;
            failure = errors.RedirectNotFollowed(status, current, location.IsAbsoluteUri ? location : new Uri(current, location));
        }
        else
        {
            failure = errors.FromErrorBody(status, body.Span, RetryAfterHeader.Get(response, timeProvider));
        }

        // Only failures read the headers: a success never pays for parsing them.
        return ClassifiedContent.Failed(body, failure, IsTransient(failure) && Fits(failure.RetryAfter, callStarted));
    }

    /// <summary><c>success: false</c>, an <c>error</c> object, or a message with no balance: a failure, whatever the status.</summary>
    public static bool IsFailure(in BalanceResponse body) =>
        body.Success == false || body.Error is not null || (body.Success is null && body.Message is not null && !body.HasBalanceField);

    /// <summary>The two types only transient statuses (and the transient database error) produce: see <see cref="TransientStatus"/>.</summary>
    private static bool IsTransient(ToApisException failure) => failure is ToApisServerException or ToApisRateLimitException;

    /// <summary>A server's wait is honoured only when it is within the cap and leaves time in the call's budget.</summary>
    private bool Fits(TimeSpan? retryAfter, long callStarted) =>
        retryAfter is not TimeSpan wait
        || (wait <= options.MaxRetryAfter && wait < options.TotalTimeout - timeProvider.GetElapsedTime(callStarted));
}
