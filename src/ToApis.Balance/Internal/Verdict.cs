namespace ToApis.Balance.Internal;

/// <summary>
/// What one attempt came to: a response whose content is the balance (<see cref="ClassifiedContent"/>), or a
/// <see cref="Internal.Failure"/>. The retry pipeline's result: a struct, so a successful call allocates nothing for it.
/// </summary>
internal readonly record struct Verdict(HttpResponseMessage? Response, Failure? Failure)
{
    public static Verdict Of(Failure failure) => new(null, failure);

    /// <summary>Whether the retry pipeline should try again.</summary>
    public bool Retryable => Failure?.Retryable == true;
}
