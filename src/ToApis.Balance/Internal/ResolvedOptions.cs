using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using System.Diagnostics.Metrics;

namespace ToApis.Balance.Internal;

/// <summary>
/// Options checked once, with the key found and the address normalized, and the parts built from them that
/// every handler of one client shares: the error factory, the classifier and the resilience pipeline. Later
/// changes to the options object do not leak in.
/// </summary>
internal sealed class ResolvedOptions
{
    private ResolvedOptions(ToApisBalanceClientOptions options, string apiKey, ClientIdentity identity, TimeProvider timeProvider, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        Options = options;
        ApiKey = apiKey;
        BaseAddress = BaseAddressNormalizer.Normalize(options.BaseAddress);
        TimeProvider = timeProvider;
        var scrubber = new SecretScrubber(apiKey);
        Errors = new ToApisErrorFactory(scrubber, BaseAddress, identity, options.AttemptTimeout, options.TotalTimeout);
        Classifier = new ResponseClassifier(scrubber, timeProvider, options);
        Pipeline = ToApisResilience.Build(options, identity.Name, timeProvider, loggerFactory);
        Logger = loggerFactory?.CreateLogger(LogCategory) ?? NullLogger.Instance;
        Telemetry = ClientTelemetry.For(meterFactory, identity.Name, timeProvider);
    }

    /// <summary>A copy of the options the client was created with.</summary>
    public ToApisBalanceClientOptions Options { get; }

    public string ApiKey { get; }

    public Uri BaseAddress { get; }

    public TimeProvider TimeProvider { get; }

    public ToApisErrorFactory Errors { get; }

    public ResponseClassifier Classifier { get; }

    public ResiliencePipeline<Verdict> Pipeline { get; }

    /// <summary>The category of the SDK's own log events.</summary>
    public const string LogCategory = "ToApis.Balance";

    /// <summary>Where the client logs its calls; nowhere without dependency injection.</summary>
    public ILogger Logger { get; }

    /// <summary>The client's metrics and spans.</summary>
    public ClientTelemetry Telemetry { get; }

    /// <summary>Checks the options and resolves them.</summary>
    /// <param name="options">The options as given.</param>
    /// <param name="identity">Which client they belong to: named in messages, and whether the environment may supply the key.</param>
    /// <param name="timeProvider">The clock of timeouts and <c>Retry-After</c> dates.</param>
    /// <param name="loggerFactory">Where the resilience pipeline logs attempts and retries, or <see langword="null"/> for nowhere.</param>
    /// <param name="meterFactory">The app's meter factory for the client's metrics, or <see langword="null"/> for a meter of the SDK's own.</param>
    /// <exception cref="ArgumentException">The options are not valid; the message says what to set.</exception>
    public static ResolvedOptions Create(ToApisBalanceClientOptions options, ClientIdentity identity, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ToApisBalanceClientOptionsValidator.ThrowIfInvalid(options, identity, nameof(options));
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
            ShareConcurrentCalls = options.ShareConcurrentCalls,
            MaxStaleness = options.MaxStaleness,
        };
        return new ResolvedOptions(copy, ApiKeyResolver.Resolve(options.ApiKey, identity)!, identity, timeProvider, loggerFactory, meterFactory);
    }
}
