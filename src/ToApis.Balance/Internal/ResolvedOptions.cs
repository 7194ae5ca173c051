namespace ToApis.Balance.Internal;

/// <summary>
/// Options checked once, with the key found and the address normalized, and the error factory that goes
/// with them: what one client needs. Later changes to the options object do not leak in.
/// </summary>
internal sealed class ResolvedOptions
{
    private ResolvedOptions(ToApisBalanceClientOptions options, string apiKey, Uri baseAddress, TimeProvider timeProvider)
    {
        Options = options;
        ApiKey = apiKey;
        BaseAddress = baseAddress;
        TimeProvider = timeProvider;
        Errors = new ToApisErrorFactory(new SecretScrubber(apiKey), timeProvider, baseAddress);
    }

    /// <summary>A copy of the options the client was created with.</summary>
    public ToApisBalanceClientOptions Options { get; }

    public string ApiKey { get; }

    public Uri BaseAddress { get; }

    public TimeProvider TimeProvider { get; }

    public ToApisErrorFactory Errors { get; }

    /// <summary>Checks the options and resolves them.</summary>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public static ResolvedOptions Create(ToApisBalanceClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = ToApisBalanceClientOptionsValidator.GetFailures(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid ToApisBalanceClientOptions: " + string.Join(" ", failures), nameof(options));
        }

        var copy = new ToApisBalanceClientOptions
        {
            ApiKey = options.ApiKey,
            BaseAddress = options.BaseAddress,
            BalanceUnit = options.BalanceUnit,
            MaxRetryAttempts = options.MaxRetryAttempts,
            RetryBaseDelay = options.RetryBaseDelay,
            MaxRetryAfter = options.MaxRetryAfter,
            AttemptTimeout = options.AttemptTimeout,
            TotalTimeout = options.TotalTimeout,
        };
        return new ResolvedOptions(copy, ApiKeyResolver.Resolve(options.ApiKey)!, BaseAddressNormalizer.Normalize(options.BaseAddress), timeProvider);
    }
}
