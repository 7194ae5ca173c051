namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The structural changes made to documented bodies.</summary>
internal enum BodyMutationKind
{
    Drop,
    DuplicateLater,
    DuplicateEarlier,
    Retype,
    Null,
    NumberAsString,
    Add,
    Rename,
    EscapeName,
}
