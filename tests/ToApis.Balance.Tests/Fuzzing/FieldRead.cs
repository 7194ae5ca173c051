namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>How the oracle read one occurrence of a known field.</summary>
/// <param name="Invalid">The value makes the body unreadable (wrong type, overflow, NaN, …).</param>
/// <param name="Overflow">The value is a number that does not fit a decimal: the message must name the field.</param>
/// <param name="Lenient">The oracle cannot tell whether the SDK may read this spelling: Invalid is then accepted too.</param>
internal readonly record struct FieldRead<T>(bool Present, T Value, bool Invalid, bool Overflow, bool Lenient)
{
    public static FieldRead<T> Absent => default;

    public static FieldRead<T> Bad => new(false, default!, true, false, false);

    public static FieldRead<T> Of(T value, bool lenient = false) => new(true, value, false, false, lenient);
}
