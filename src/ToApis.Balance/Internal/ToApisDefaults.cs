namespace ToApis.Balance.Internal;

/// <summary>The documented defaults, in one place (anchor: Microsoft.Extensions.Http.Resilience's standard handler).</summary>
internal static class ToApisDefaults
{
    public const string ApiKeyEnvironmentVariable = ToApisEnvironmentVariables.ApiKey;
    public const string BaseAddress = "https://toapis.com";
    public const int MaxRetryAttempts = 3;
    public const int MaxRetryAttemptsLimit = 10;
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polly's timeout strategy accepts timeouts from 10 ms to 24 h.</summary>
    public static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>Polly's timeout strategy accepts timeouts from 10 ms to 24 h.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    /// <summary>A balance body is about 200 bytes; anything past this is not a balance.</summary>
    public const int MaxResponseBytes = 64 * 1024;

    /// <summary>How much of an unreadable body an exception message quotes.</summary>
    public const int ExcerptLength = 200;

    public const int MaxRedirects = 5;

    /// <summary>Connections are recycled so that DNS changes are seen by long-lived clients.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);
}
