using System.Text.Json;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The known fields of a 2xx body as the oracle read them, the last occurrence winning.</summary>
internal sealed class OracleFields
{
    private decimal? remainBalance;
    private decimal? usedBalance;
    private decimal? remainCredits;
    private decimal? usedCredits;
    private decimal? creditsPerUsd;
    private bool? unlimitedQuota;
    private bool? success;

    public string? Message { get; private set; }

    public OracleError? Error { get; private set; }

    public bool Lenient { get; private set; }

    public bool HasBalanceField =>
        remainBalance is not null || usedBalance is not null || remainCredits is not null || usedCredits is not null
        || creditsPerUsd is not null || unlimitedQuota is not null;

    public bool HasAnyKnownField => HasBalanceField || success is not null || Message is not null || Error is not null;

    public bool IsFailure => success == false || Error is not null || (success is null && Message is not null && !HasBalanceField);

    /// <summary>Reads one property; returns the expectation when its value makes the body unreadable.</summary>
    public Expectation? Read(JsonProperty property)
    {
        var value = property.Value;
        switch (property.Name)
        {
            case "remain_balance": return Number(property.Name, value, ref remainBalance);
            case "used_balance": return Number(property.Name, value, ref usedBalance);
            case "remain_credits": return Number(property.Name, value, ref remainCredits);
            case "used_credits": return Number(property.Name, value, ref usedCredits);
            case "credits_per_usd": return Number(property.Name, value, ref creditsPerUsd);
            case "success": return Flag(property.Name, value, ref success);
            case "unlimited_quota": return Flag(property.Name, value, ref unlimitedQuota);
            case "message":
                var message = JsonFieldReader.String(value);
                Message = message.Value;
                return message.Invalid ? Expectation.InvalidResponse("message is not a string") : null;
            case "error": return ReadError(value);
            default: return null;
        }
    }

    public ExpectedBalance ToBalance()
    {
        var unlimited = unlimitedQuota ?? remainBalance == -1m;

        // The rate: the one sent when above zero, the documented 200 when none was sent, no rate otherwise.
        decimal? rate = creditsPerUsd switch
        {
            null => 200m,
            > 0m and var sent => sent,
            _ => null,
        };
        return new ExpectedBalance(
            Remaining: unlimited ? Quota.Unlimited : ToQuota(remainBalance),
            Used: usedBalance,
            RemainingCredits: unlimited ? Quota.Unlimited : ToQuota(remainCredits),
            UsedCredits: usedCredits,
            CreditsPerUsd: creditsPerUsd,
            RemainingUsd: unlimited ? Quota.Unlimited : ToQuota(Divide(remainCredits, rate)),
            UsedUsd: Divide(usedCredits, rate),
            IsUnlimited: unlimited);
    }

    private static Quota ToQuota(decimal? amount) => amount is decimal value ? Quota.Limited(value) : Quota.NotReported;

    private static decimal? Divide(decimal? amount, decimal? rate)
    {
        if (amount is not decimal a || rate is not decimal r)
        {
            return null;
        }

        try
        {
            return a / r;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private Expectation? Number(string name, JsonElement value, ref decimal? field)
    {
        var read = JsonFieldReader.Decimal(value);
        Lenient |= read.Lenient;
        field = read.Present ? read.Value : null;
        return read.Overflow
            ? Expectation.InvalidResponse($"{name} does not fit a decimal", name)
            : read.Invalid ? Expectation.InvalidResponse($"{name} is not a number") : null;
    }

    private Expectation? Flag(string name, JsonElement value, ref bool? field)
    {
        var read = JsonFieldReader.Boolean(value);
        Lenient |= read.Lenient;
        field = read.Present ? read.Value : null;
        return read.Invalid ? Expectation.InvalidResponse($"{name} is not a lenient boolean") : null;
    }

    private Expectation? ReadError(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Error = null;
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return Expectation.InvalidResponse("error is not an object");
        }

        string? message = null;
        string? type = null;
        JsonElement code = default;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "message" or "type":
                    var text = JsonFieldReader.String(property.Value);
                    if (text.Invalid)
                    {
                        return Expectation.InvalidResponse($"error.{property.Name} is not a string");
                    }

                    if (property.Name == "message")
                    {
                        message = text.Value;
                    }
                    else
                    {
                        type = text.Value;
                    }

                    break;
                case "code":
                    code = property.Value.Clone();
                    break;
            }
        }

        Error = new OracleError(message, type, code);
        return null;
    }
}
