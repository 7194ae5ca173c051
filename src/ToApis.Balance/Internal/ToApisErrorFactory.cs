using System.Globalization;

namespace ToApis.Balance.Internal;

/// <summary>
/// Turns the verdict on a call's last attempt (<see cref="Failure"/>) into its <see cref="ToApisException"/>, in
/// one step once the call is over: the kind picks the type, and every message has one shape. It decides nothing
/// about what a response means (<see cref="ResponseClassifier"/> did); every text here is scrubbed of secrets.
/// </summary>
internal sealed class ToApisErrorFactory(SecretScrubber scrubber, Uri baseAddress, ClientIdentity identity, TimeSpan attemptTimeout, TimeSpan totalTimeout)
{
    private readonly string origin = BaseAddressNormalizer.Origin(baseAddress);

    /// <summary>Where this client's key comes from: its configuration key, and the environment only for the unnamed client.</summary>
    private readonly string keyHint = KeyHint(identity);

    /// <summary>
    /// For what Refit's transport hook sees: the SDK's own exception and the caller's cancellation pass through;
    /// anything else failed outside any attempt and is reported as a failure to reach the server.
    /// </summary>
    public Exception FromTransport(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ToApisException => exception,
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        _ => Create(ResponseClassifier.Unanswered(exception)),
    };

    /// <summary>The exception of a failure.</summary>
    public ToApisException Create(Failure failure)
    {
        var details = failure.Details;
        var status = details.StatusCode ?? 0;
        var detail = details.ServerMessage ?? (failure.Excerpt is null ? null : $"\"{failure.Excerpt}\"");
        var later = details.RetryAfter is TimeSpan after
            ? string.Create(CultureInfo.InvariantCulture, $"The server asked to retry after {after.TotalSeconds:0.###} s.")
            : "Try again later.";
        ToApisException exception = failure.Kind switch
        {
            FailureKind.Authentication => new ToApisAuthenticationException(Describe("ToAPIs refused the API key", details, detail, keyHint)),
            FailureKind.InsufficientBalance => new ToApisInsufficientBalanceException(Describe("The ToAPIs balance is insufficient", details, detail, "Recharge the account or raise the key's quota.")),
            FailureKind.RateLimit => new ToApisRateLimitException(Describe("ToAPIs is rate limiting this key", details, detail, later)),
            FailureKind.Server => new ToApisServerException(Describe("The ToAPIs server failed", details, detail, later)),
            FailureKind.ServerReported => new ToApisServerException(Describe("The ToAPIs server failed", details, detail, "It is usually transient; try again later.")),
            FailureKind.NoEndpoint => new ToApisException(Describe("ToAPIs has no balance endpoint here", details, detail, $"Check ToApisBalanceClientOptions.BaseAddress ({origin}).")),
            FailureKind.Failed => new ToApisException(Describe("The ToAPIs call failed", details, detail, hint: null)),
            FailureKind.Reported => new ToApisException(Describe("ToAPIs reported a failure", details, detail, hint: null)),
            FailureKind.RedirectLoop => new ToApisException($"ToAPIs at {origin} redirected more than {ToApisDefaults.MaxRedirects} times (last HTTP {status}); check ToApisBalanceClientOptions.BaseAddress."),
            FailureKind.RedirectElsewhere => new ToApisException($"ToAPIs at {origin} redirected (HTTP {status}) to {scrubber.Scrub(BaseAddressNormalizer.Origin(failure.Target!))}; the redirect was not followed so that the API key is never sent to another host. If you trust that host, set ToApisBalanceClientOptions.BaseAddress to it."),
            FailureKind.TooLarge => new ToApisInvalidResponseException($"ToAPIs at {origin} answered HTTP {status} with a body over {ToApisDefaults.MaxResponseBytes} bytes, which is not a balance.") { BodyExcerpt = failure.Excerpt },
            FailureKind.Unreadable => Unreadable(status, failure),
            FailureKind.AttemptTimeout or FailureKind.TotalTimeout => new ToApisTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"ToAPIs at {origin} did not answer within {(failure.Kind == FailureKind.AttemptTimeout ? attemptTimeout : totalTimeout).TotalSeconds:0.###} s."),
                scrubber.Redact(failure.Cause)),
            _ => new ToApisException($"Could not reach ToAPIs at {origin}: {scrubber.Scrub(failure.Cause!.Message)}", scrubber.Redact(failure.Cause)),
        };
        return exception.With(details);
    }

    /// <summary>For a response that did not come through the SDK's own reading of it (a handler replaced it).</summary>
    public ToApisInvalidResponseException NotClassified(int statusCode) =>
        new($"ToAPIs at {origin} answered HTTP {statusCode} with a response the client could not read.") { StatusCode = statusCode };

    /// <summary>A success status whose body is not a balance: empty, not JSON, not an object, or a value out of range.</summary>
    private ToApisInvalidResponseException Unreadable(int status, Failure failure)
    {
        var reason = failure.Reason ?? (failure.Cause is null ? null : JsonProblem.Describe(failure.Cause, scrubber));
        var what = failure.Excerpt is null ? "an empty body" : $"a body that is not a balance{reason}: \"{failure.Excerpt}\"";
        return new ToApisInvalidResponseException($"ToAPIs at {origin} answered HTTP {status} with {what}.", scrubber.Redact(failure.Cause)) { BodyExcerpt = failure.Excerpt };
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
}
