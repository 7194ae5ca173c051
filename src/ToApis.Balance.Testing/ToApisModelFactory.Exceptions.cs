using System.Globalization;
using System.Text;

namespace ToApis.Balance.Testing;

/// <summary>The exceptions, with what the server said and a message in the SDK's shape.</summary>
public static partial class ToApisModelFactory
{
    /// <summary>Builds the base exception, as the client raises it for a failure of no more specific kind.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status, or <see langword="null"/> when no response arrived.</param>
    /// <param name="errorType">The error type the server sent, such as <c>new_api_error</c>.</param>
    /// <param name="serverMessage">The server's own message.</param>
    /// <param name="requestId">The request id the server put in its message.</param>
    /// <param name="retryAfter">The wait the server asked for.</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisException ToApisException(
        string? message = null, int? statusCode = null, string? errorType = null, string? serverMessage = null, string? requestId = null, TimeSpan? retryAfter = null) =>
        new(message ?? Describe("The ToAPIs call failed", statusCode, errorType, serverMessage, requestId))
        {
            StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
        };

    /// <summary>Builds the exception of a refused key: HTTP 401 by default.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status: 401 or 403, or 200 for a documented business failure such as <c>Failed to get token info: record not found</c>.</param>
    /// <param name="errorType">The error type the server sent, such as <c>authentication_error</c>.</param>
    /// <param name="serverMessage">The server's own message.</param>
    /// <param name="requestId">The request id the server put in its message.</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisAuthenticationException ToApisAuthenticationException(
        string? message = null, int? statusCode = 401, string? errorType = null, string? serverMessage = null, string? requestId = null) =>
        new(message ?? Describe("ToAPIs refused the API key", statusCode, errorType, serverMessage, requestId))
        {
            StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId,
        };

    /// <summary>Builds the exception of a balance that has run out: HTTP 402 by default.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status: 402, or the status that carried an <c>insufficient_quota</c> error.</param>
    /// <param name="errorType">The error type the server sent, such as <c>insufficient_quota</c>.</param>
    /// <param name="serverMessage">The server's own message.</param>
    /// <param name="requestId">The request id the server put in its message.</param>
    /// <param name="required">What a pre-flight guard asked for (the monitoring package's <c>EnsureAtLeastAsync</c>), in its unit.</param>
    /// <param name="available">What was available when the guard refused, in the same unit.</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisInsufficientBalanceException ToApisInsufficientBalanceException(
        string? message = null, int? statusCode = 402, string? errorType = null, string? serverMessage = null, string? requestId = null, decimal? required = null, decimal? available = null) =>
        new(message ?? Describe("The ToAPIs balance is insufficient", statusCode, errorType, serverMessage, requestId))
        {
            StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, Required = required, Available = available,
        };

    /// <summary>Builds the exception of a rate limit: HTTP 429 by default.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorType">The error type the server sent, such as <c>rate_limit_error</c>.</param>
    /// <param name="serverMessage">The server's own message.</param>
    /// <param name="requestId">The request id the server put in its message.</param>
    /// <param name="retryAfter">The wait the server asked for (its <c>Retry-After</c>).</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisRateLimitException ToApisRateLimitException(
        string? message = null, int? statusCode = 429, string? errorType = null, string? serverMessage = null, string? requestId = null, TimeSpan? retryAfter = null) =>
        new(message ?? Describe("ToAPIs is rate limiting this key", statusCode, errorType, serverMessage, requestId))
        {
            StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
        };

    /// <summary>Builds the exception of a transient server failure: HTTP 503 by default.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status: 408, 500, 502, 503, 504 or 520 to 524, or 200 for the transient database error.</param>
    /// <param name="errorType">The error type the server sent, such as <c>server_error</c>.</param>
    /// <param name="serverMessage">The server's own message.</param>
    /// <param name="requestId">The request id the server put in its message.</param>
    /// <param name="retryAfter">The wait the server asked for (its <c>Retry-After</c>).</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisServerException ToApisServerException(
        string? message = null, int? statusCode = 503, string? errorType = null, string? serverMessage = null, string? requestId = null, TimeSpan? retryAfter = null) =>
        new(message ?? Describe("The ToAPIs server failed", statusCode, errorType, serverMessage, requestId))
        {
            StatusCode = statusCode, ErrorType = errorType, ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter,
        };

    /// <summary>Builds the exception of a response that is not a balance: HTTP 200 by default.</summary>
    /// <param name="message">The message; <see langword="null"/> for one in the SDK's shape, made of the other parameters.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="bodyExcerpt">The start of the body, or <see langword="null"/> for an empty one.</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisInvalidResponseException ToApisInvalidResponseException(string? message = null, int? statusCode = 200, string? bodyExcerpt = null) =>
        new(message ?? string.Create(
            CultureInfo.InvariantCulture,
            $"ToAPIs answered HTTP {statusCode} with {(bodyExcerpt is null ? "an empty body" : $"a body that is not a balance: \"{bodyExcerpt}\"")}."))
        {
            StatusCode = statusCode, BodyExcerpt = bodyExcerpt,
        };

    /// <summary>Builds the exception of a call that ran out of time.</summary>
    /// <param name="message">The message; <see langword="null"/> for the SDK's default one.</param>
    /// <returns>The exception, not thrown.</returns>
    public static ToApisTimeoutException ToApisTimeoutException(string? message = null) =>
        message is null ? new() : new(message);

    /// <summary>The SDK's message shape, without its advice: what, status, type, the server's words, its request id.</summary>
    private static string Describe(string what, int? statusCode, string? errorType, string? serverMessage, string? requestId)
    {
        var text = new StringBuilder(what);
        if (statusCode is int status)
        {
            text.Append(" (HTTP ").Append(status.ToString(CultureInfo.InvariantCulture));
            text.Append(errorType is null ? ")" : ", " + errorType + ")");
        }

        if (serverMessage is not null)
        {
            text.Append(": ").Append(serverMessage.TrimEnd('.', '。'));
        }

        if (requestId is not null)
        {
            text.Append(" (request id: ").Append(requestId).Append(')');
        }

        return text.Append('.').ToString();
    }
}
