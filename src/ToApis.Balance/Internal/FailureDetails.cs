namespace ToApis.Balance.Internal;

/// <summary>What a failed response said, as every <see cref="ToApisException"/> carries it.</summary>
internal readonly record struct FailureDetails(int? StatusCode, string? ErrorType, string? ServerMessage, string? RequestId, TimeSpan? RetryAfter);
