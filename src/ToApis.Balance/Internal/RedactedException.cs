namespace ToApis.Balance.Internal;

/// <summary>Stands in for an exception whose text held a secret: its type and its scrubbed message, without the original stack.</summary>
internal sealed class RedactedException(string message, Exception? innerException) : Exception(message, innerException);
