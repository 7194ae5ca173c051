using Microsoft.Extensions.Options;

namespace ToApis.Balance.Internal;

/// <summary>
/// Checks options before a client uses them, with messages that say what to set. Used at startup by the
/// dependency-injection registration and by the <see cref="ToApisBalanceClient"/> constructors.
/// </summary>
/// <param name="registry">The registered clients, to name them and their configuration sections; <see langword="null"/> validates every name.</param>
internal sealed class ToApisBalanceClientOptionsValidator(ToApisClientRegistry? registry = null) : IValidateOptions<ToApisBalanceClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ToApisBalanceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var identity = registry is null ? new ClientIdentity(name, null) : registry.Find(name);
        if (identity is null)
        {
            // Options of that name belong to no ToAPIs client: not ours to judge.
            return ValidateOptionsResult.Skip;
        }

        var failures = GetFailures(options, identity);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> GetFailures(ToApisBalanceClientOptions options) => GetFailures(options, ClientIdentity.Constructed);

    public static List<string> GetFailures(ToApisBalanceClientOptions options, ClientIdentity identity)
    {
        var failures = new List<string>();
        Check(options, identity, failures);
        return identity.Name.Length == 0 ? failures : failures.ConvertAll(identity.Describe);
    }

    /// <summary>Throws the one message of every failure, as the constructors and <see cref="ToApisBalanceClientOptions.Validate"/> report it.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="identity">Which client they belong to.</param>
    /// <param name="paramName">The parameter the options came in, or <see langword="null"/> when they are the instance checked.</param>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public static void ThrowIfInvalid(ToApisBalanceClientOptions options, ClientIdentity identity, string? paramName)
    {
        var failures = GetFailures(options, identity);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid ToApisBalanceClientOptions: " + string.Join(" ", failures), paramName);
        }
    }

    private static void Check(ToApisBalanceClientOptions options, ClientIdentity identity, List<string> failures)
    {
        var apiKey = ApiKeyResolver.Resolve(options.ApiKey, identity);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            failures.Add(MissingKey(identity));
        }
        else if (!IsHeaderSafe(apiKey))
        {
            // The key itself is never quoted: it is a secret even when malformed.
            failures.Add("The ToAPIs API key contains spaces, control or non-ASCII characters, so it cannot be sent in a header; check for a stray quote, line break or copy-paste artefact.");
        }

        CheckBaseAddress(options.BaseAddress, identity.Option(nameof(options.BaseAddress)), failures);

        if (options.MaxRetryAttempts is < 0 or > ToApisDefaults.MaxRetryAttemptsLimit)
        {
            failures.Add($"{identity.Option(nameof(options.MaxRetryAttempts))} must be between 0 and {ToApisDefaults.MaxRetryAttemptsLimit}; it is {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"{identity.Option(nameof(options.RetryBaseDelay))} must be between 0 and 24 hours; it is {options.RetryBaseDelay}.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxRetryAfter > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"{identity.Option(nameof(options.MaxRetryAfter))} must be between 0 and 24 hours; it is {options.MaxRetryAfter}.");
        }

        if (options.MaxStaleness < TimeSpan.Zero || options.MaxStaleness > ToApisDefaults.MaxTimeout)
        {
            failures.Add($"{identity.Option(nameof(options.MaxStaleness))} must be between 0 and 24 hours; it is {options.MaxStaleness}.");
        }

        CheckTimeout(identity.Option(nameof(options.AttemptTimeout)), options.AttemptTimeout, failures);
        CheckTimeout(identity.Option(nameof(options.TotalTimeout)), options.TotalTimeout, failures);

        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{identity.Option(nameof(options.AttemptTimeout))} ({options.AttemptTimeout}) must not exceed {identity.Option(nameof(options.TotalTimeout))} ({options.TotalTimeout}).");
        }
    }

    private static string MissingKey(ClientIdentity identity)
    {
        var where = identity.ConfigurationPath is null
            ? "ToApisBalanceClientOptions.ApiKey (configuration key 'ApiKey')"
            : $"{identity.Option(nameof(ToApisBalanceClientOptions.ApiKey))} in configuration";
        return identity.ReadsEnvironmentKey
            ? $"No ToAPIs API key: set {where} or the {ToApisDefaults.ApiKeyEnvironmentVariable} environment variable."
            : $"No ToAPIs API key: set {where}. A named client does not fall back to the {ToApisDefaults.ApiKeyEnvironmentVariable} environment variable, which holds the unnamed client's key.";
    }

    private static void CheckBaseAddress(Uri? address, string option, List<string> failures)
    {
        if (address is null)
        {
            failures.Add($"{option} is required: set it to the ToAPIs server, e.g. https://toapis.com.");
            return;
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            // The address as written helps the most, unless it carries user info: that may be a password.
            // A query or fragment is cut: like user info, it can hold a credential.
            var shown = address.IsAbsoluteUri && address.UserInfo.Length > 0 ? BaseAddressNormalizer.Origin(address) : address.OriginalString.Split('?', '#')[0];
            failures.Add($"{option} must be an absolute http(s) address such as https://toapis.com; it is '{shown}'.");
            return;
        }

        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
        {
            failures.Add($"{option} must use https (plain http is allowed for loopback only, so the API key never crosses a network in clear text); it is '{BaseAddressNormalizer.Origin(address)}'.");
        }

        if (!string.IsNullOrEmpty(address.UserInfo) || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add($"{option} must not carry user info, a query or a fragment; set it to the server address only, such as {BaseAddressNormalizer.Origin(address)}.");
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
