using System.Text.Json;
using System.Text.Unicode;

namespace ToApis.Balance.Internal;

/// <summary>Reads a raw body into the wire shape, once, for a balance and for a failure body alike.</summary>
internal static class BalanceBody
{
    /// <summary>The body as <see cref="BalanceResponse"/>, or <see langword="null"/> when it is not one.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="problem">What the parser threw, when it threw.</param>
    /// <param name="invalidUtf8">
    /// The body is not UTF-8. JSON is UTF-8 (RFC 8259) and the parser only checks the bytes it decodes, so a
    /// corrupted property name would otherwise pass as an unknown one, and a balance field could silently go missing.
    /// </param>
    public static BalanceResponse? TryRead(ReadOnlySpan<byte> body, out Exception? problem, out bool invalidUtf8)
    {
        problem = null;
        invalidUtf8 = !Utf8.IsValid(body);
        if (invalidUtf8)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ToApisJsonContext.Default.BalanceResponse);
        }
        catch (Exception e) when (JsonProblem.IsUnreadable(e))
        {
            problem = e;
            return null;
        }
    }
}
