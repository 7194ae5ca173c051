using System.Text.Json;

namespace ToApis.Balance.Internal;

/// <summary>Why a body could not be read as a balance, said in terms of the wire fields, never with the raw exception text.</summary>
internal static class JsonProblem
{
    private static readonly string[] NumberFields = ["remain_balance", "used_balance", "remain_credits", "used_credits", "credits_per_usd"];
    private static readonly string[] BooleanFields = ["success", "unlimited_quota"];

    /// <summary>
    /// What reading a body into <see cref="BalanceResponse"/> throws when the body is not one: the serializer's
    /// <see cref="JsonException"/>, and the transcoding and conversion errors that bytes which are not valid
    /// UTF-8 or numbers out of range can raise from a converter.
    /// </summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

    /// <summary>A short reason, with a leading space, naming the field at fault when it is one of ours; empty when nothing useful is known.</summary>
    public static string Describe(Exception exception, SecretScrubber scrubber)
    {
        var field = (exception as JsonException)?.Path switch
        {
            ['$', '.', .. var name] => name,
            _ => null,
        };
        if (field is not null && Array.IndexOf(NumberFields, field) >= 0)
        {
            return $" ('{field}' is not a number a decimal can hold)";
        }

        if (field is not null && Array.IndexOf(BooleanFields, field) >= 0)
        {
            return $" ('{field}' is not a boolean)";
        }

        if (exception.Message.StartsWith(BalanceResponse.NoBalanceFields, StringComparison.Ordinal))
        {
            return " (it has none of the balance fields)";
        }

        // Another field's value or the JSON itself: the path helps when it is short, once scrubbed (a property
        // name can be anything the server echoed, a key included).
        return field is { Length: <= 40 } ? $" (unexpected value at '{scrubber.Scrub(field)}')" : " (not valid JSON of a balance)";
    }
}
