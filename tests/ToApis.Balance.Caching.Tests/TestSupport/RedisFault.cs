namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>How the stand-in for Redis misbehaves.</summary>
public enum RedisFault
{
    /// <summary>Answers at once.</summary>
    None,

    /// <summary>Takes the command and never answers, ignoring cancellation, as a Redis client waiting on a dead server does.</summary>
    Stall,

    /// <summary>Fails at once, as a refused connection does.</summary>
    Refuse,

    /// <summary>Takes the command and fails it later, when the test drops the connection.</summary>
    Drop,
}
