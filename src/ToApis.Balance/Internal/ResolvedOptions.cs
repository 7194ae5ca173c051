namespace ToApis.Balance.Internal;

/// <summary>Options checked once, with the key found and the address normalized; later changes to the options object do not leak in.</summary>
internal sealed class ResolvedOptions
{
    private ResolvedOptions(ToApisBalanceClientOptions options, string apiKey, Uri baseAddress)
    {
        Options = options;
        ApiKey = apiKey;
        BaseAddress = baseAddress;
    }

    /// <summary>A copy of the options the client was created with.</summary>
    public ToApisBalanceClientOptions Options { get; }

    public string ApiKey { get; }

    public Uri BaseAddress { get; }

    /// <summary>Checks the options and resolves them.</summary>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public static ResolvedOptions Create(ToApisBalanceClientOptions options)
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
        return new ResolvedOptions(copy, ApiKeyResolver.Resolve(options.ApiKey)!, BaseAddressNormalizer.Normalize(options.BaseAddress));
    }

    public ToApisErrorFactory CreateErrorFactory(TimeProvider timeProvider) =>
        new(new SecretScrubber(ApiKey), timeProvider, BaseAddress);
}
