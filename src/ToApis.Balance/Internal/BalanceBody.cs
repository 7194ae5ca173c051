using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ToApis.Balance.Internal;

/// <summary>
/// Reads a raw body into the wire shape, once, straight from the bytes, for a balance and for a failure body
/// alike. The rules are those of System.Text.Json's deserializer with numbers allowed as strings: property names
/// match exactly (escapes allowed), the last of duplicate properties wins, <c>null</c> is a field not sent,
/// unknown values are skipped (nesting deeper than 64 is refused), and anything after the object is an error.
/// </summary>
internal static class BalanceBody
{
    private const int StackLimit = 256;

    /// <summary>The body as <see cref="BalanceResponse"/>, or <see langword="null"/> when it is not one (a JSON <c>null</c> among them).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="problem">Why it is not one, when reading failed.</param>
    /// <param name="invalidUtf8">
    /// The body is not UTF-8. JSON is UTF-8 (RFC 8259) and a reader only checks the bytes it decodes, so a
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
            return Read(body);
        }
        catch (Exception e) when (JsonProblem.IsUnreadable(e))
        {
            problem = e;
            return null;
        }
    }

    private static BalanceResponse? Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            EnsureEnd(ref reader);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON is a {reader.TokenType}, not an object.", "$", null, null);
        }

        var wire = default(BalanceResponse);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("remain_balance"u8))
            {
                wire.Figures.RemainBalance = ReadDecimal(ref reader, "remain_balance");
            }
            else if (reader.ValueTextEquals("used_balance"u8))
            {
                wire.Figures.UsedBalance = ReadDecimal(ref reader, "used_balance");
            }
            else if (reader.ValueTextEquals("remain_credits"u8))
            {
                wire.Figures.RemainCredits = ReadDecimal(ref reader, "remain_credits");
            }
            else if (reader.ValueTextEquals("used_credits"u8))
            {
                wire.Figures.UsedCredits = ReadDecimal(ref reader, "used_credits");
            }
            else if (reader.ValueTextEquals("credits_per_usd"u8))
            {
                wire.Figures.CreditsPerUsd = ReadDecimal(ref reader, "credits_per_usd");
            }
            else if (reader.ValueTextEquals("success"u8))
            {
                wire.Success = ReadBoolean(ref reader, "success");
            }
            else if (reader.ValueTextEquals("unlimited_quota"u8))
            {
                wire.Figures.UnlimitedQuota = ReadBoolean(ref reader, "unlimited_quota");
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                wire.Message = reader.TokenType switch
                {
                    JsonTokenType.String => ReadString(ref reader, "message"),
                    JsonTokenType.Null => null,
                    _ => throw Invalid("message"),
                };
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                wire.Error = reader.TokenType switch
                {
                    JsonTokenType.StartObject => JsonSerializer.Deserialize(ref reader, ToApisJsonContext.Default.ErrorBody),
                    JsonTokenType.Null => null,
                    _ => throw Invalid("error"),
                };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        EnsureEnd(ref reader);
        if (!wire.HasKnownField)
        {
            throw new JsonException(BalanceResponse.NoBalanceFields);
        }

        return wire;
    }

    /// <summary>Nothing may follow the root value but white space; the reader says so by throwing.</summary>
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Without AllowMultipleValues the reader itself throws on anything after the root value but white space
        // (another value, a stray character) and returns false at the end of the body: it never returns true
        // here, so a throw on true was never reached. The call alone is the check.
        _ = reader.Read();
    }

    /// <summary>A number, a string holding one (nothing else around it), or <c>null</c>; a value a <see cref="decimal"/> cannot hold is refused.</summary>
    private static decimal? ReadDecimal(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return number;
            case JsonTokenType.String when TryParseQuoted(ref reader, out var quoted):
                return quoted;
            default:
                throw Invalid(field);
        }
    }

    private static bool TryParseQuoted(ref Utf8JsonReader reader, out decimal value)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8Parser.TryParse(reader.ValueSpan, out value, out var consumed) && consumed == reader.ValueSpan.Length;
        }

        // Escaped digits ("\u0031" for "1") are still a number: unescape first, on the stack when short.
        var rented = reader.ValueSpan.Length > StackLimit ? ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length) : null;
        try
        {
            var buffer = rented ?? stackalloc byte[StackLimit];
            var text = buffer[..reader.CopyString(buffer)];
            return Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool? ReadBoolean(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        try
        {
            return LenientBoolean.Read(ref reader);
        }
        catch (JsonException)
        {
            throw Invalid(field);
        }
    }

    /// <summary>A string value; one the reader cannot decode (a lone surrogate escape, say) is refused like any bad value.</summary>
    private static string? ReadString(ref Utf8JsonReader reader, string field)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Invalid(field);
        }
    }

    private static JsonException Invalid(string field) => new($"The JSON value of '{field}' could not be read.", "$." + field, null, null);
}
