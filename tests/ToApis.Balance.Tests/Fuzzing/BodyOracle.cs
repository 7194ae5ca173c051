using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>
/// The oracle: reads a case with System.Text.Json's <see cref="JsonDocument"/> (never the SDK's types) and says
/// what the SDK must answer per the promises in docs/reliability.md.
/// </summary>
internal static partial class BodyOracle
{
    private const int MaxBodyBytes = 64 * 1024;

    public static Expectation Expect(FuzzCase fuzzCase)
    {
        if (fuzzCase.Status is < 200 or > 299)
        {
            return ForFailureStatus(fuzzCase);
        }

        if (fuzzCase.Body.Length > MaxBodyBytes)
        {
            return Expectation.InvalidResponse("a 2xx body over 64 KiB");
        }

        if (!Utf8.IsValid(fuzzCase.Body))
        {
            return Expectation.InvalidResponse("invalid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(fuzzCase.Body);
        }
        catch (JsonException)
        {
            return Expectation.InvalidResponse("not JSON, truncated, or nested deeper than 64");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(document.RootElement)
                : Expectation.InvalidResponse($"a JSON {document.RootElement.ValueKind}, not an object");
        }
    }

    /// <summary>
    /// A failure status decides the type, except that an error object implying 402 (insufficient_quota) is an
    /// insufficient balance whatever the status. Where the SDK may fail to read the body (an odd value in a
    /// known field), the status's own type is accepted too.
    /// </summary>
    private static Expectation ForFailureStatus(FuzzCase fuzzCase)
    {
        var byStatus = Expectation.Failure(FailureKinds.ForStatus(fuzzCase.Status), $"HTTP {fuzzCase.Status} decides");
        if (byStatus.ExceptionType == Expectation.InsufficientBalance || !Utf8.IsValid(fuzzCase.Body))
        {
            return byStatus;
        }

        try
        {
            using var document = JsonDocument.Parse(fuzzCase.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return byStatus;
            }

            var fields = new OracleFields();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (fields.Read(property) is not null)
                {
                    return byStatus;
                }
            }

            if (fields.Error is not { } error || FailureKinds.ImpliedStatus(error.Code, error.Type) != 402)
            {
                return byStatus;
            }

            var insufficient = Expectation.Failure(Expectation.InsufficientBalance, $"HTTP {fuzzCase.Status} with an error object implying 402");
            return fields.Lenient ? insufficient with { AlsoAcceptedType = byStatus.ExceptionType } : insufficient;
        }
        catch (JsonException)
        {
            return byStatus;
        }
    }

    private static Expectation FromObject(JsonElement root)
    {
        var fields = new OracleFields();
        foreach (var property in root.EnumerateObject())
        {
            // Every occurrence is read (a bad one fails even when a later duplicate wins); the first bad one ends it.
            if (fields.Read(property) is { } invalid)
            {
                return invalid;
            }
        }

        if (!fields.HasAnyKnownField)
        {
            return Expectation.InvalidResponse("an object with none of the known fields");
        }

        var expectation = fields.IsFailure ? FailureOnSuccessStatus(fields) : Expectation.Success(fields.ToBalance());
        return expectation.OrInvalid(fields.Lenient);
    }

    private static Expectation FailureOnSuccessStatus(OracleFields fields)
    {
        if (fields.Error is { } error && FailureKinds.ImpliedStatus(error.Code, error.Type) is int implied)
        {
            return Expectation.Failure(FailureKinds.ForStatus(implied), $"a 2xx error object implying {implied}");
        }

        var raw = fields.Error?.Message ?? fields.Message;
        var message = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        var type = FailureKinds.ForMessage(message);
        var exact = type == Expectation.Plain && message is not null && SimpleText().IsMatch(message) ? message : null;
        return Expectation.Failure(type, $"a 2xx failure by its message \"{message}\"", exact);
    }

    /// <summary>A message the SDK has no reason to touch: no key shape, no bearer credential, no request id.</summary>
    [GeneratedRegex("^(?!.*bearer)[A-Za-z0-9 ]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SimpleText();
}
