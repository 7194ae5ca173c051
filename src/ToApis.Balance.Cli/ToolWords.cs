using System.Globalization;
using System.Text.RegularExpressions;

namespace ToApis.Balance.Cli;

/// <summary>
/// The SDK's messages in the tool's words: each option is named as the operator gave it (<c>--base-url</c>,
/// <c>TOAPIS_BASE_URL</c>, <c>--timeout</c>, the key's origin), never as an SDK type or property. The SDK's rules and
/// their explanations stay the SDK's; only the names change.
/// </summary>
internal static partial class ToolWords
{
    private const string InvalidOptions = "Invalid ToApisBalanceClientOptions: ";

    private const string Refused = "ToAPIs refused the API key";

    /// <summary>The SDK's own advice on a refused key, which names its options: the tool says where the key came from instead.</summary>
    private const string KeyHint = " Check the key in ";

    /// <summary>A message about the options every key shares, or about a failed call.</summary>
    /// <param name="message">The SDK's message.</param>
    /// <param name="address">Where the server's address came from: <c>--base-url</c>, <c>TOAPIS_BASE_URL</c> or the default.</param>
    /// <param name="key">Where the key came from, when the message is about one key.</param>
    public static string Of(string message, string address, string key = "the API key")
    {
        var text = message.StartsWith(InvalidOptions, StringComparison.Ordinal) ? message[InvalidOptions.Length..] : message;
        text = OptionName().Replace(text, match => match.Groups["name"].Value switch
        {
            "BaseAddress" => address,
            "ApiKey" => key,
            _ => "--timeout",
        });

        // --timeout sets both of the SDK's timeouts, so one mistake there would read twice.
        return string.Join(' ', Sentences().Split(text).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Why a key cannot be sent (characters a header cannot carry), naming the key by label and origin.</summary>
    public static string KeyNotSendable(string message, string label, string origin, string address) =>
        Of(message, address).Replace("The ToAPIs API key", "The API key " + KeyLabel.Describe(label, origin), StringComparison.Ordinal);

    /// <summary>A failed read: a refused key named by label and origin; after several attempts, how many and over how long.</summary>
    public static string Failure(ToApisException failure, KeyClient key, string address, int attempts, TimeSpan elapsed)
    {
        var text = failure.Message;
        if (failure is ToApisAuthenticationException)
        {
            var hint = text.LastIndexOf(KeyHint, StringComparison.Ordinal);
            text = hint > 0 ? text[..hint] : text;
            var named = "the API key " + KeyLabel.Describe(key.Label, key.Origin);
            text = text.StartsWith(Refused, StringComparison.Ordinal)
                ? string.Concat("ToAPIs refused ", named, text.AsSpan(Refused.Length))
                : $"{text} ({named})";
        }

        text = Of(text, address, key.Origin);
        return attempts > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{text.TrimEnd('.')}. Gave up after {attempts} attempts in {elapsed.TotalSeconds:0.0} s.")
            : text;
    }

    /// <summary>An option of the SDK's options as its messages name it, with or without the type and configuration key.</summary>
    [GeneratedRegex(@"(ToApisBalanceClientOptions\.)?\b(?<name>BaseAddress|ApiKey|AttemptTimeout|TotalTimeout)\b( \(configuration key '\w+'\))?", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();

    /// <summary>Where one of the SDK's failures ends and the next begins: a sentence's end, before an option or "The"/"No".</summary>
    [GeneratedRegex(@"(?<=\.) (?=--|TOAPIS_|The |No )", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();
}
