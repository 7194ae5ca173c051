using Microsoft.Extensions.Options;

namespace ToApis.Balance.Internal;

/// <summary>
/// Checks options before a client uses them, with messages that say what to set. Used at startup by the
/// dependency-injection registration and by the <see cref="ToApisBalanceClient"/> constructors.
/// </summary>
internal sealed class ToApisBalanceClientOptionsValidator : IValidateOptions<ToApisBalanceClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ToApisBalanceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = GetFailures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> GetFailures(ToApisBalanceClientOptions options)
    {
        var failures = new List<string>();

        var apiKey = ApiKeyResolver.Resolve(options.ApiKey);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            failures.Add(
                $"No ToAPIs API key: set ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey') " +
                $"or the {ToApisDefaults.ApiKeyEnvironmentVariable} environment variable.");
        }
        else if (!IsHeaderSafe(apiKey))
        {
            // The key itself is never quoted: it is a secret even when malformed.
            failures.Add("The ToAPIs API key contains spaces, control or non-ASCII characters, so it cannot be sent in a header; check for a stray quote, line break or copy-paste artefact.");
        }

        CheckBaseAddress(options.BaseAddress, failures);

        if (options.MaxRetryAttempts is < 0 or > ToApisDefaults.MaxRetryAttemptsLimit)
        {
            failures.Add($"MaxRetryAttempts must be between 0 and {ToApisDefaults.MaxRetryAttemptsLimit}; it is {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"RetryBaseDelay must be between 0 and 24 hours; it is {options.RetryBaseDelay}.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxRetryAfter > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"MaxRetryAfter must be between 0 and 24 hours; it is {options.MaxRetryAfter}.");
        }

        CheckTimeout(nameof(options.AttemptTimeout), options.AttemptTimeout, failures);
        CheckTimeout(nameof(options.TotalTimeout), options.TotalTimeout, failures);

        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        return failures;
    }

    private static void CheckBaseAddress(Uri? address, List<string> failures)
    {
        if (address is null)
        {
            failures.Add("BaseAddress is required: set it to the ToAPIs server, e.g. https://toapis.com.");
            return;
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            // The address as written helps the most, unless it carries user info: that may be a password.
            var shown = address.IsAbsoluteUri && address.UserInfo.Length > 0 ? BaseAddressNormalizer.Origin(address) : address.OriginalString;
            failures.Add($"BaseAddress must be an absolute http(s) address such as https://toapis.com; it is '{shown}'.");
            return;
        }

        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
        {
            failures.Add($"BaseAddress must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is '{BaseAddressNormalizer.Origin(address)}'.");
        }

        if (!string.IsNullOrEmpty(address.UserInfo) || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add($"BaseAddress must not carry user info, a query or a fragment; set it to the server address only, such as {BaseAddressNormalizer.Origin(address)}.");
        }
    }

    private static bool IsHeaderSafe(string apiKey)
    {
        foreach (var c in apiKey)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckTimeout(string name, TimeSpan value, List<string> failures)
    {
        if (value < ToApisDefaults.MinTimeout || value > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"{name} must be between 10 milliseconds and 24 hours; it is {value}.");
        }
    }
}
