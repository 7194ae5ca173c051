using System.Globalization;
using System.Text.Json;

namespace ToApis.Balance.Internal;

/// <summary>
/// The one place that decides what an attempt came to: a balance, or a <see cref="Failure"/> of one
/// <see cref="FailureKind"/> that says whether another attempt may help and carries the server's <c>Retry-After</c>.
/// </summary>
/// <remarks>
/// Every decision lives here: the status table (<see cref="KindOf"/>, the one list of transient statuses among
/// them), what an error object's <c>code</c> or <c>type</c> stands for (<see cref="ImpliedStatus"/>), what the
/// documented messages mean (their texts are in <see cref="FailureMessages"/>), which kinds are retried and whether
/// a <c>Retry-After</c> fits the call, and which failures without a response are retried. Status and body shape
/// decide first; the message only where nothing else tells two cases apart. It runs inside each attempt, on the
/// complete (capped) body, which it parses once. The retry pipeline only reads the verdict
/// (<see cref="ToApisResilience"/>), and the exception is built from it once the call is over
/// (<see cref="ToApisErrorFactory.Create"/>).
/// </remarks>
internal sealed class ResponseClassifier(SecretScrubber scrubber, TimeProvider timeProvider, ToApisBalanceClientOptions options)
{
    /// <summary>Classifies one response of an attempt; for a balance, the response's content becomes a <see cref="ClassifiedContent"/>.</summary>
    /// <param name="request">The request as this attempt last sent it (after any redirect it followed).</param>
    /// <param name="response">The response, its body already read.</param>
    /// <param name="body">The body, at most <see cref="ToApisDefaults.MaxResponseBytes"/> bytes; a balance's content takes its buffer.</param>
    /// <param name="account">Whether the call is for the account's balance (<see cref="UserBalance"/>) rather than the key's.</param>
    /// <param name="callStarted">When the call started (<see cref="TimeProvider.GetTimestamp"/>), to know what is left of its budget.</param>
    public Verdict Classify(HttpRequestMessage request, HttpResponseMessage response, CappedBody body, bool account, long callStarted)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            if (!body.Complete)
            {
                return Verdict.Of(new Failure(FailureKind.TooLarge, Status(status), Retryable: false) { Excerpt = Excerpt(body.Span) });
            }

            if (BalanceBody.TryRead(body.Span, out var problem, out var invalidUtf8) is not { } parsed)
            {
                return Verdict.Of(new Failure(FailureKind.Unreadable, Status(status), Retryable: false)
                {
                    Excerpt = Excerpt(body.Span), Cause = problem, Reason = invalidUtf8 ? " (not valid UTF-8)" : null,
                });
            }

            if (!IsFailure(parsed))
            {
                // Straight into the endpoint's public record: the wire shape is a struct, so a call keeps one object.
                response.Content.Dispose();
                response.Content = new ClassifiedContent(body, BalanceMapper.Map(parsed, account, options.BalanceUnit, timeProvider.GetUtcNow()));
                return new Verdict(response, Failure: null);
            }

            return FromBody(status, parsed, response, callStarted);
        }

        if (HttpRedirect.IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
        {
            // The attempt follows same-origin redirects; one that reaches here went elsewhere or too far.
            var current = response.RequestMessage?.RequestUri ?? request.RequestUri!;
            var target = location.IsAbsoluteUri ? location : new Uri(current, location);
            var kind = BaseAddressNormalizer.IsSameOrigin(current, target) ? FailureKind.RedirectLoop : FailureKind.RedirectElsewhere;
            return Verdict.Of(new Failure(kind, Status(status), Retryable: false) { Target = target });
        }

        if (BalanceBody.TryRead(body.Span, out _, out _) is { } sent && (sent.Error is not null || sent.Message is not null || sent.Success is not null))
        {
            return FromBody(status, sent, response, callStarted);
        }

        // Only failures read the headers: a success never pays for parsing them.
        var details = new FailureDetails(status, null, null, null, RetryAfterHeader.Get(response, timeProvider));
        return Judged(KindOf(status, status), details, callStarted, Excerpt(body.Span));
    }

    /// <summary><c>success: false</c>, an <c>error</c> object, or a message with no balance: a failure, whatever the status.</summary>
    public static bool IsFailure(in BalanceResponse body) =>
        body.Success == false || body.Error is not null || (body.Success is null && body.Message is not null && !body.HasBalanceField);

    /// <summary>An attempt that timed out; a total timeout leaves no time for another.</summary>
    public static Failure TimedOut(bool total, Exception cause) =>
        new(total ? FailureKind.TotalTimeout : FailureKind.AttemptTimeout, default, Retryable: !total) { Cause = cause };

    /// <summary>An attempt that brought no response: a lost connection or a broken body is retried, anything else a handler threw is not.</summary>
    public static Failure Unanswered(Exception exception) =>
        new(FailureKind.Transport, default, Retryable: exception is HttpRequestException or IOException) { Cause = exception };

    /// <summary>
    /// The status table: which kind a status stands for, sent or implied by an error object. <paramref name="sent"/> is
    /// the status the response had. 408, 429, 500, 502, 503, 504 and 520 to 524 (the origin errors a CDN in front of the
    /// server reports) are the transient ones; not 501 or 505, which no retry will change.
    /// </summary>
    private static FailureKind KindOf(int status, int sent) => status switch
    {
        401 or 403 => FailureKind.Authentication,
        402 => FailureKind.InsufficientBalance,
        429 => FailureKind.RateLimit,
        408 or 500 or 502 or 503 or 504 or (>= 520 and <= 524) => FailureKind.Server,
        404 when sent == 404 => FailureKind.NoEndpoint,
        _ => FailureKind.Failed,
    };

    /// <summary>The HTTP status an OpenAI-style error stands for, from its code or else its type, when either says.</summary>
    private static int? ImpliedStatus(ErrorBody? error)
    {
        if (error is null)
        {
            return null;
        }

        var code = error.Code.ValueKind switch
        {
            JsonValueKind.Number when error.Code.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(error.Code.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var text) => text,
            _ => 0,
        };
        return code is >= 400 and < 600 ? code : error.Type?.Trim().ToUpperInvariant() switch
        {
            "AUTHENTICATION_ERROR" or "INVALID_API_KEY" or "PERMISSION_ERROR" or "PERMISSION_DENIED" => 401,
            "INSUFFICIENT_QUOTA" => 402,
            "NOT_FOUND_ERROR" => 404,
            "RATE_LIMIT_ERROR" or "RATE_LIMIT_EXCEEDED" => 429,
            "SERVER_ERROR" or "API_ERROR" or "SERVICE_UNAVAILABLE" => 500,
            _ => null,
        };
    }

    /// <summary>A parsed failure body (<c>success: false</c>, an <c>error</c> object or a bare message), with any status.</summary>
    private Verdict FromBody(int status, in BalanceResponse body, HttpResponseMessage response, long callStarted)
    {
        var rawMessage = body.Error?.Message ?? body.Message;
        string? message = null;
        string? requestId = null;
        if (!string.IsNullOrWhiteSpace(rawMessage))
        {
            (message, requestId) = FailureMessages.SplitRequestId(scrubber.Scrub(rawMessage.Trim()));
        }

        var errorType = string.IsNullOrWhiteSpace(body.Error?.Type) ? null : scrubber.Scrub(body.Error.Type.Trim());
        var details = new FailureDetails(status, errorType, message, requestId, RetryAfterHeader.Get(response, timeProvider));
        var implied = ImpliedStatus(body.Error);
        var kind = (status, implied) switch
        {
            // The status decides, except that running out of balance is its own kind whatever status carries it
            // (OpenAI-style gateways send insufficient_quota with 429): it must not be retried as a rate limit.
            (< 200 or >= 300, 402) => FailureKind.InsufficientBalance,
            (< 200 or >= 300, _) => KindOf(status, status),

            // A failure sent with a success status: an OpenAI-style error says its kind by its code or type.
            (_, int said) => KindOf(said, status),

            // Otherwise only the documented messages say what it is; an unknown failure is reported as it is,
            // not guessed at (an "authentication" guess would send a user off to rotate a good key).
            _ when FailureMessages.IsTransientBusinessFailure(message) => FailureKind.ServerReported,
            _ when FailureMessages.IsAuthenticationFailure(message) => FailureKind.Authentication,
            _ => FailureKind.Reported,
        };
        return Judged(kind, details, callStarted, excerpt: null);
    }

    /// <summary>A transient kind is retried when the server's wait, if any, is within the cap and leaves time in the call's budget.</summary>
    private Verdict Judged(FailureKind kind, in FailureDetails details, long callStarted, string? excerpt)
    {
        var transient = kind is FailureKind.RateLimit or FailureKind.Server or FailureKind.ServerReported;
        var fits = details.RetryAfter is not TimeSpan wait
            || (wait <= options.MaxRetryAfter && wait < options.TotalTimeout - timeProvider.GetElapsedTime(callStarted));
        return Verdict.Of(new Failure(kind, details, transient && fits) { Excerpt = excerpt });
    }

    private static FailureDetails Status(int status) => new(status, null, null, null, null);

    private string? Excerpt(ReadOnlySpan<byte> body) => FailureText.Excerpt(body, scrubber);
}
