using System.CommandLine.Parsing;

namespace ToApis.Balance.Cli;

/// <summary>What a token given to an option is, when it is written as an option: an unknown one, called so wherever it stands.</summary>
internal static class OptionTokens
{
    /// <summary>
    /// Whether the token the parser gave this option is an option the tool does not know: a known option is never
    /// taken as a value, so a value that looks like an option (<c>--frobnicate</c>, <c>-x</c>; not <c>-5</c>) is an
    /// unknown one, and the error calls it that.
    /// </summary>
    /// <param name="result">The option's argument.</param>
    /// <param name="value">What the option needs, or <see langword="null"/> when its value is optional.</param>
    public static bool UnknownOption(ArgumentResult result, string? value)
    {
        var text = result.Tokens[0].Value;
        if (!LooksLikeOption(text))
        {
            return false;
        }

        var option = (result.Parent as OptionResult)?.IdentifierToken?.Value;
        result.AddError(value is null || option is null ? $"unknown option '{text}'" : $"unknown option '{text}' ({option} needs {value} first)");
        return true;
    }

    /// <summary>Whether a token is written as an option: <c>--name</c> or <c>-x</c>, never a negative number.</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (token[1] == '-' || char.IsLetter(token[1]) || token[1] == '?');
}
