using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// Builds the <see cref="ToApisException"/> of each kind of failure, with one message shape. Which kind a
/// response is, is decided by <see cref="ResponseClassifier"/>; every text here is scrubbed of secrets.
/// </summary>
internal sealed class ToApisErrorFactory(SecretScrubber scrubber, Uri baseAddress, ClientIdentity identity, TimeSpan attemptTimeout, TimeSpan totalTimeout)
{
    private readonly string origin = BaseAddressNormalizer.Origin(baseAddress);

    /// <summary>Where this client's key comes from: its configuration key, and the environment only for the unnamed client.</summary>
    private readonly string keyHint = KeyHint(identity);

    /// <summary>For a failure before a response was classified (Refit's transport exception factory): the caller's cancellation passes through.</summary>
    public Exception FromTransport(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        // An attempt's timeout is reported as configured; the total timeout's strategy runs with what was left of
        // it after the first attempt, so the configured total is reported instead.
        TimeoutRejectedException timeout => new ToApisTimeoutException(
            string.Create(CultureInfo.InvariantCulture, $"ToAPIs at {origin} did not answer within {(timeout.Timeout == attemptTimeout ? attemptTimeout : totalTimeout).TotalSeconds:0.###} s."),
            scrubber.Redact(exception)),
        _ => new ToApisException($"Could not reach ToAPIs at {origin}: {scrubber.Scrub(exception.Message)}", scrubber.Redact(exception)),
    };

    /// <summary>For a response with a failure status: its JSON failure body when it sent one, else its status and an excerpt.</summary>
    public ToApisException FromErrorBody(int statusCode, ReadOnlySpan<byte> body, TimeSpan? retryAfter)
    {
        return BalanceBody.TryRead(body, out _, out _) is { } parsed && (parsed.Error is not null || parsed.Message is not null || parsed.Success is not null)
            ? FromFailure(statusCode, parsed, retryAfter)
            : FromStatus(statusCode, new FailureDetails(statusCode, null, null, null, retryAfter), Excerpt(body));
    }

    /// <summary>For a parsed failure body (<c>success: false</c>, an <c>error</c> object or a bare message), with any status.</summary>
    public ToApisException FromFailure(int statusCode, in BalanceResponse body, TimeSpan? retryAfter)
    {
        var rawMessage = body.Error?.Message ?? body.Message;
        string? message = null;
        string? requestId = null;
        if (!string.IsNullOrWhiteSpace(rawMessage))
        {
            (message, requestId) = FailureMessages.SplitRequestId(scrubber.Scrub(rawMessage.Trim()));
        }

        var errorType = string.IsNullOrWhiteSpace(body.Error?.Type) ? null : scrubber.Scrub(body.Error.Type.Trim());
        var details = new FailureDetails(statusCode, errorType, message, requestId, retryAfter);
        if (statusCode is < 200 or >= 300)
        {
            // The status decides, except that running out of balance is its own kind whatever status carries it
            // (OpenAI-style gateways send insufficient_quota with 429): it must not be retried as a rate limit.
            return FromStatus(body.Error?.ImpliedStatus == (int)HttpStatusCode.PaymentRequired ? (int)HttpStatusCode.PaymentRequired : statusCode, details, excerpt: null);
        }

        // A failure sent with a success status: an OpenAI-style error says its kind by its code or type.
        if (body.Error?.ImpliedStatus is int implied)
        {
            return FromStatus(implied, details, excerpt: null);
        }

        // Otherwise only the documented messages say what it is; an unknown failure is reported as it is,
        // not guessed at (an "authentication" guess would send a user off to rotate a good key).
        if (FailureMessages.IsTransientBusinessFailure(message))
        {
            return new ToApisServerException(Describe("The ToAPIs server failed", details, message, "It is usually transient; try again later.")).With(details);
        }

        return FailureMessages.IsAuthenticationFailure(message)
            ? new ToApisAuthenticationException(Describe("ToAPIs refused the API key", details, message, keyHint)).With(details)
            : new ToApisException(Describe("ToAPIs reported a failure", details, message, hint: null)).With(details);
    }

    /// <summary>For a success status whose body is not a balance: empty, not JSON, not an object, or a value out of range.</summary>
    public ToApisInvalidResponseException UnreadableBody(int statusCode, ReadOnlySpan<byte> body, Exception? inner, string? reason = null)
    {
        var excerpt = Excerpt(body);
        reason ??= inner is null ? null : JsonProblem.Describe(inner, scrubber);
        var what = excerpt is null ? "an empty body" : $"a body that is not a balance{reason}: \"{excerpt}\"";
        return new ToApisInvalidResponseException($"ToAPIs at {origin} answered HTTP {statusCode} with {what}.", scrubber.Redact(inner))
        {
            StatusCode = statusCode, BodyExcerpt = excerpt,
        };
    }

    /// <summary>For a response that did not come through the SDK's own reading of it (a handler replaced it).</summary>
    public ToApisInvalidResponseException NotClassified(int statusCode) =>
        new($"ToAPIs at {origin} answered HTTP {statusCode} with a response the client could not read.") { StatusCode = statusCode };

    public ToApisInvalidResponseException TooLarge(int statusCode, ReadOnlySpan<byte> start) =>
        new($"ToAPIs at {origin} answered HTTP {statusCode} with a body over {ToApisDefaults.MaxResponseBytes} bytes, which is not a balance.")
        {
            StatusCode = statusCode, BodyExcerpt = Excerpt(start),
        };

    /// <summary>A redirect that was not followed: to another origin (the key stays home), or one hop too many.</summary>
    public ToApisException RedirectNotFollowed(int statusCode, Uri current, Uri target) =>
        new ToApisException(BaseAddressNormalizer.IsSameOrigin(current, target)
            ? $"ToAPIs at {origin} redirected more than {ToApisDefaults.MaxRedirects} times (last HTTP {statusCode}); check ToApisBalanceClientOptions.BaseAddress."
            : $"ToAPIs at {origin} redirected (HTTP {statusCode}) to {scrubber.Scrub(BaseAddressNormalizer.Origin(target))}; the redirect was not followed so that the API key is never sent to another host. If you trust that host, set ToApisBalanceClientOptions.BaseAddress to it.")
            .With(new FailureDetails(statusCode, null, null, null, null));

    /// <summary>Picks the exception type by <paramref name="kind"/> (a status, sent or implied); reports the real status from <paramref name="details"/>.</summary>
    private ToApisException FromStatus(int kind, in FailureDetails details, string? excerpt)
    {
        var detail = details.ServerMessage ?? (excerpt is null ? null : $"\"{excerpt}\"");
        var later = details.RetryAfter is TimeSpan after
            ? string.Create(CultureInfo.InvariantCulture, $"The server asked to retry after {after.TotalSeconds:0.###} s.")
            : "Try again later.";
        ToApisException failure = kind switch
        {
            (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden =>
                new ToApisAuthenticationException(Describe("ToAPIs refused the API key", details, detail, keyHint)),
            (int)HttpStatusCode.PaymentRequired =>
                new ToApisInsufficientBalanceException(Describe("The ToAPIs balance is insufficient", details, detail, "Recharge the account or raise the key's quota.")),
            (int)HttpStatusCode.TooManyRequests =>
                new ToApisRateLimitException(Describe("ToAPIs is rate limiting this key", details, detail, later)),
            _ when TransientStatus.IsTransient(kind) =>
                new ToApisServerException(Describe("The ToAPIs server failed", details, detail, later)),
            (int)HttpStatusCode.NotFound when details.StatusCode == (int)HttpStatusCode.NotFound =>
                new ToApisException(Describe("ToAPIs has no balance endpoint here", details, detail, $"Check ToApisBalanceClientOptions.BaseAddress ({origin}).")),
            _ => new ToApisException(Describe("The ToAPIs call failed", details, detail, hint: null)),
        };
        return failure.With(details);
    }

    private static string KeyHint(ClientIdentity identity)
    {
        var where = identity.ConfigurationPath is null ? "ToApisBalanceClientOptions.ApiKey" : identity.Option(nameof(ToApisBalanceClientOptions.ApiKey));
        return identity.ReadsEnvironmentKey
            ? $"Check the key in {where} or the {ToApisDefaults.ApiKeyEnvironmentVariable} environment variable."
            : $"Check the key in {where}.";
    }

    private static string Describe(string what, in FailureDetails details, string? detail, string? hint) =>
        FailureText.Describe(what, details.StatusCode ?? 0, details.ErrorType, detail, details.RequestId, hint);

    private string? Excerpt(ReadOnlySpan<byte> body) => FailureText.Excerpt(body, scrubber);
}
