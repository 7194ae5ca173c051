using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly.Timeout;

namespace ToApis.Balance.Internal;

/// <summary>
/// Turns every way a call can fail into one <see cref="ToApisException"/> type, classified by HTTP status
/// and body shape first and by message only for the transient database error. Every text is scrubbed.
/// </summary>
internal sealed class ToApisErrorFactory(SecretScrubber scrubber, TimeProvider timeProvider, Uri baseAddress)
{
    private const string KeyHint = "Check the key in ToApisBalanceClientOptions.ApiKey or the TOAPIS_API_KEY environment variable.";

    private readonly string origin = BaseAddressNormalizer.Origin(baseAddress);

    /// <summary>Refit's exception factory, called for every response: null lets a success through.</summary>
    public async ValueTask<Exception?> FromErrorResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var retryAfter = RetryAfterHeader.Get(response, timeProvider);
        return FromBody((int)response.StatusCode, body, retryAfter);
    }

    /// <summary>For a success status whose body could not be read as a balance: Refit's deserialization exception factory.</summary>
    public async ValueTask<Exception?> FromUnreadableBodyAsync(HttpResponseMessage response, Exception exception)
    {
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return InvalidBody((int)response.StatusCode, body, exception);
    }

    /// <summary>For a failure before a response was read: Refit's transport exception factory.</summary>
    public Exception FromTransport(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        ToApisException => exception,
        TimeoutRejectedException timeout => new ToApisTimeoutException(
            string.Create(CultureInfo.InvariantCulture, $"ToAPIs at {origin} did not answer within {timeout.Timeout.TotalSeconds:0.###} s."),
            exception),
        _ => new ToApisException($"Could not reach ToAPIs at {origin}: {scrubber.Scrub(exception.Message)}", exception),
    };

    /// <summary>For a failure the server reported, from its status and raw body.</summary>
    public ToApisException FromBody(int statusCode, byte[] body, TimeSpan? retryAfter)
    {
        var parsed = TryParse(body);
        return parsed is not null && (parsed.Error is not null || parsed.Message is not null || parsed.Success is not null)
            ? FromFailure(statusCode, parsed, retryAfter, inner: null)
            : FromStatus(statusCode, statusCode, serverMessage: null, errorType: null, requestId: null, Excerpt(body), retryAfter, inner: null);
    }

    /// <summary>
    /// For a success-status body that may hold a failure: the exception it stands for, or <see langword="null"/>
    /// when it is a balance (or not JSON at all, which the deserializer reports with its excerpt).
    /// </summary>
    public ToApisException? FailureInSuccessBody(HttpResponseMessage response, byte[] body)
    {
        var parsed = TryParse(body);
        return parsed is not null && IsFailure(parsed)
            ? FromFailure((int)response.StatusCode, parsed, RetryAfterHeader.Get(response, timeProvider), inner: null)
            : null;
    }

    /// <summary><c>success: false</c>, an <c>error</c> object, or a message with no balance: a failure, whatever the status.</summary>
    public static bool IsFailure(BalanceResponse body) =>
        body.Success == false || body.Error is not null || (body.Success is null && body.Message is not null && !body.HasBalanceField);

    /// <summary>For a parsed failure body (<c>success: false</c> or an <c>error</c> object) with any status.</summary>
    public ToApisException FromFailure(int statusCode, BalanceResponse body, TimeSpan? retryAfter, Exception? inner)
    {
        var rawMessage = body.Error?.Message ?? body.Message;
        string? message = null;
        string? requestId = null;
        if (!string.IsNullOrWhiteSpace(rawMessage))
        {
            (message, requestId) = FailureMessages.SplitRequestId(scrubber.Scrub(rawMessage.Trim()));
        }

        var errorType = string.IsNullOrWhiteSpace(body.Error?.Type) ? null : scrubber.Scrub(body.Error.Type);

        if (statusCode is >= 200 and < 300 && body.Error?.ImpliedStatus is int implied)
        {
            // An OpenAI-style error on a success status: its code or type says what kind of failure it is.
            return FromStatus(implied, statusCode, message, errorType, requestId, excerpt: null, retryAfter, inner);
        }

        if (statusCode is >= 200 and < 300)
        {
            // A business failure on a success status (or an error object that does not say its kind): all
            // documented ones are about the key or its user, except the database error, which only its text
            // tells apart.
            if (FailureMessages.IsTransientBusinessFailure(message))
            {
                return new ToApisServerException(FailureText.Describe("The ToAPIs server failed", statusCode, errorType, message, requestId, hint: "It is usually transient; try again later."), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = message, RequestId = requestId, RetryAfter = retryAfter,
                };
            }

            return new ToApisAuthenticationException(FailureText.Describe("ToAPIs refused the API key", statusCode, errorType, message, requestId, KeyHint), inner)
            {
                StatusCode = statusCode, ErrorType = errorType, ServerMessage = message, RequestId = requestId,
            };
        }

        return FromStatus(statusCode, statusCode, message, errorType, requestId, excerpt: null, retryAfter, inner);
    }

    /// <summary>For a success status and a body that is not a balance.</summary>
    public ToApisInvalidResponseException InvalidBody(int statusCode, byte[] body, Exception? inner)
    {
        var excerpt = Excerpt(body);
        var what = excerpt is null ? "an empty body" : $"a body that is not a balance: \"{excerpt}\"";
        return new ToApisInvalidResponseException($"ToAPIs at {origin} answered HTTP {statusCode} with {what}.", inner)
        {
            StatusCode = statusCode, BodyExcerpt = excerpt,
        };
    }

    /// <summary>For a success body that parsed but holds no balance.</summary>
    public ToApisInvalidResponseException NotABalance(string what) =>
        new($"ToAPIs at {origin} answered with {what}, which is not a balance.");

    public ToApisInvalidResponseException TooLarge(int statusCode, byte[] start) =>
        new($"ToAPIs at {origin} answered HTTP {statusCode} with a body over {ToApisDefaults.MaxResponseBytes} bytes, which is not a balance.")
        {
            StatusCode = statusCode, BodyExcerpt = Excerpt(start),
        };

    public ToApisException RedirectRefused(int statusCode, Uri target) =>
        new($"ToAPIs at {origin} redirected (HTTP {statusCode}) to {BaseAddressNormalizer.Origin(target)}; the redirect was not followed so that the API key is never sent to another host. If you trust that host, set ToApisBalanceClientOptions.BaseAddress to it.")
        {
            StatusCode = statusCode,
        };

    public ToApisException TooManyRedirects(int statusCode) =>
        new($"ToAPIs at {origin} redirected more than {ToApisDefaults.MaxRedirects} times (last HTTP {statusCode}); check ToApisBalanceClientOptions.BaseAddress.")
        {
            StatusCode = statusCode,
        };

    /// <summary>Picks the exception type by <paramref name="kind"/> (a status); reports <paramref name="statusCode"/>, the real one.</summary>
    private ToApisException FromStatus(int kind, int statusCode, string? serverMessage, string? errorType, string? requestId, string? excerpt, TimeSpan? retryAfter, Exception? inner)
    {
        var detail = serverMessage ?? (excerpt is null ? null : $"\"{excerpt}\"");
        var later = retryAfter is TimeSpan after
            ? string.Create(CultureInfo.InvariantCulture, $"The server asked to retry after {after.TotalSeconds:0.###} s.")
            : "Try again later.";
        switch (kind)
        {
            case (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden:
                return new ToApisAuthenticationException(FailureText.Describe("ToAPIs refused the API key", statusCode, errorType, detail, requestId, KeyHint), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
                };
            case (int)HttpStatusCode.TooManyRequests:
                return new ToApisRateLimitException(FailureText.Describe("ToAPIs is rate limiting this key", statusCode, errorType, detail, requestId, later), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
                };
            case (int)HttpStatusCode.RequestTimeout or >= 500:
                return new ToApisServerException(FailureText.Describe("The ToAPIs server failed", statusCode, errorType, detail, requestId, later), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
                };
            case (int)HttpStatusCode.NotFound when statusCode == (int)HttpStatusCode.NotFound:
                return new ToApisException(FailureText.Describe("ToAPIs has no balance endpoint here", statusCode, errorType, detail, requestId, $"Check ToApisBalanceClientOptions.BaseAddress ({origin})."), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
                };
            default:
                return new ToApisException(FailureText.Describe("The ToAPIs call failed", statusCode, errorType, detail, requestId, hint: null), inner)
                {
                    StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
                };
        }
    }

    private static BalanceResponse? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, ToApisJsonContext.Default.BalanceResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? Excerpt(byte[] body) => FailureText.Excerpt(body, scrubber);
}
