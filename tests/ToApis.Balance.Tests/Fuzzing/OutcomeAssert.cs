using Xunit.Sdk;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The checks the properties share; each failure names the case, the outcome and the rule that expected otherwise.</summary>
internal static partial class OutcomeAssert
{
    /// <summary>Property (a): a balance, or a ToApisException (or a subtype); nothing else.</summary>
    public static void IsBalanceOrTypedFailure(FuzzOutcome outcome)
    {
        if (outcome.Error is not null and not ToApisException)
        {
            throw new FuzzMismatch($"untyped {outcome.Error.GetType().Name}", $"Expected a balance or a ToApisException, got {outcome.Error.GetType().FullName}:{Environment.NewLine}{outcome.Error}");
        }
    }

    /// <summary>Property (b)/(c): the outcome is exactly what the oracle expects.</summary>
    public static void Matches(Expectation expected, FuzzOutcome outcome, FuzzCase fuzzCase)
    {
        IsBalanceOrTypedFailure(outcome);
        if (outcome.Error is ToApisInvalidResponseException && expected.InvalidAlsoAccepted)
        {
            StatusIsReal((ToApisException)outcome.Error, fuzzCase);
            return;
        }

        if (expected.ExceptionType is null)
        {
            IsExpectedBalance(expected, outcome, fuzzCase);
            return;
        }

        var error = outcome.Error as ToApisException
            ?? throw Fail(expected, outcome);
        if (error.GetType().Name != expected.ExceptionType && error.GetType().Name != expected.AlsoAcceptedType)
        {
            throw Fail(expected, outcome);
        }

        StatusIsReal(error, fuzzCase);
        if (expected.InvalidField is { } field && !error.Message.Contains(field, StringComparison.Ordinal))
        {
            throw new FuzzMismatch("message does not name the field", $"Expected the message to name the field {field} ({expected.Why}), got: {error.Message}");
        }

        if (expected.ServerMessage is { } serverMessage && error.ServerMessage != serverMessage)
        {
            throw new FuzzMismatch("ServerMessage differs", $"Expected ServerMessage \"{serverMessage}\", got \"{error.ServerMessage}\" ({outcome})");
        }
    }

    private static void IsExpectedBalance(Expectation expected, FuzzOutcome outcome, FuzzCase fuzzCase)
    {
        var balance = outcome.Balance ?? throw Fail(expected, outcome);
        var kind = fuzzCase.UserEndpoint ? typeof(UserBalance) : typeof(TokenBalance);
        var differences = expected.Balance!.Differences(balance).ToList();
        if (balance.GetType() != kind)
        {
            differences.Add($"type: expected {kind.Name}, got {balance.GetType().Name}");
        }

        if (differences.Count > 0)
        {
            throw new FuzzMismatch("wrong " + string.Join("/", differences.Select(d => d.Split(':')[0])), $"Wrong figures:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", differences)}");
        }
    }

    private static void StatusIsReal(ToApisException error, FuzzCase fuzzCase)
    {
        if (error.StatusCode != fuzzCase.Status)
        {
            throw new FuzzMismatch("StatusCode is not the real status", $"Expected StatusCode {fuzzCase.Status} (the real status), got {error.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}: {error.GetType().Name}: {error.Message}");
        }
    }

    private static FuzzMismatch Fail(Expectation expected, FuzzOutcome outcome) => new(
        $"expected {expected.ExceptionType ?? "a balance"} ({StatusDigits().Replace(expected.Why.Split('"')[0].Trim(), "#")}), got {outcome.Error?.GetType().Name ?? "a balance"}",
        $"Expected {expected},{Environment.NewLine}got {outcome}");

    /// <summary>Census kinds group statuses: "HTTP 5## decides", not one kind per status.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?<=[0-9])[0-9]{2}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StatusDigits();
}
