namespace ToApis.Balance.Internal;

/// <summary>
/// Every body the balance endpoints are known to send, success and failure alike: the success fields, the
/// business failure (<c>success: false</c> with <c>message</c>) and the OpenAI-style <c>error</c> object.
/// </summary>
/// <remarks>
/// A struct that <see cref="BalanceBody"/> fills straight from the bytes: it lives only while a body is
/// classified, and the endpoint's public record is the one object a successful call keeps.
/// </remarks>
internal struct BalanceResponse
{
    public const string NoBalanceFields = "The JSON has none of the balance fields.";

    /// <summary>The balance figures, in the shape <see cref="BalanceMapper"/> maps (a field, so the reader fills it in place).</summary>
    public WireBalance Figures;

    public bool? Success { get; set; }

    public string? Message { get; set; }

    public ErrorBody? Error { get; set; }

    public readonly bool HasBalanceField => Figures.HasAnyField;

    /// <summary>Whether the body has any field this SDK knows; JSON with none (<c>{}</c>, another API's object) is not a balance.</summary>
    public readonly bool HasKnownField => Success is not null || Error is not null || Message is not null || HasBalanceField;
}
