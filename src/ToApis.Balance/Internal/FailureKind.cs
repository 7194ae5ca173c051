namespace ToApis.Balance.Internal;

/// <summary>What a failed attempt was, as <see cref="ResponseClassifier"/> decided it; each kind is one exception type and message.</summary>
internal enum FailureKind
{
    /// <summary>401 or 403, an error saying so, or a documented message about the key or its user.</summary>
    Authentication,

    /// <summary>402, or an <c>insufficient_quota</c> error whatever status carries it.</summary>
    InsufficientBalance,

    /// <summary>429, or an error saying so.</summary>
    RateLimit,

    /// <summary>A transient status other than 429, or an error saying so.</summary>
    Server,

    /// <summary>The transient database error a server reports with a success status.</summary>
    ServerReported,

    /// <summary>A 404 the server sent: the base address has no balance endpoint.</summary>
    NoEndpoint,

    /// <summary>Any other failure status, or an error object saying one.</summary>
    Failed,

    /// <summary>A failure body with a success status that says nothing more.</summary>
    Reported,

    /// <summary>A redirect to another origin, not followed.</summary>
    RedirectElsewhere,

    /// <summary>Same-origin redirects, one hop too many.</summary>
    RedirectLoop,

    /// <summary>A success status with a body over the cap.</summary>
    TooLarge,

    /// <summary>A success status with a body that is not a balance.</summary>
    Unreadable,

    /// <summary>No response within the attempt timeout.</summary>
    AttemptTimeout,

    /// <summary>No response within what was left of the total timeout.</summary>
    TotalTimeout,

    /// <summary>No response at all: the connection failed, or a handler below the SDK threw.</summary>
    Transport,
}
