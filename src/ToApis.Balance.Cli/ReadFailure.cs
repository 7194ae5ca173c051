namespace ToApis.Balance.Cli;

/// <summary>
/// Why a key's balance could not be read, in the tool's words (<see cref="ToolWords"/>); the SDK's exception, with its
/// type and HTTP status for the JSON output, is the inner exception.
/// </summary>
internal sealed class ReadFailure(string message, Exception cause) : Exception(message, cause)
{
    /// <summary>Gets the SDK's exception (or the key's validation error) this failure reports.</summary>
    public Exception Cause => InnerException!;
}
