namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>One structural change to a documented body; <see cref="Index"/> picks the field (modulo the count).</summary>
internal sealed record BodyMutation(BodyMutationKind Kind, int Index, string Name, string Value)
{
    public JsonFields Apply(JsonFields body) => body.With(fields =>
    {
        if (fields.Count == 0)
        {
            fields.Add((Name, Value));
            return fields;
        }

        var at = Index % fields.Count;
        var (name, value) = fields[at];
        switch (Kind)
        {
            case BodyMutationKind.Drop:
                fields.RemoveAt(at);
                break;
            case BodyMutationKind.DuplicateLater:
                fields.Add((name, Value));
                break;
            case BodyMutationKind.DuplicateEarlier:
                fields.Insert(0, (name, Value));
                break;
            case BodyMutationKind.Retype:
                fields[at] = (name, Value);
                break;
            case BodyMutationKind.Null:
                fields[at] = (name, "null");
                break;
            case BodyMutationKind.NumberAsString:
                fields[at] = (name, value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] == '-') ? $"\"{value}\"" : value);
                break;
            case BodyMutationKind.Add:
                fields.Insert(at, (Name, Value));
                break;
            case BodyMutationKind.Rename:
                fields[at] = (Name, value);
                break;
            case BodyMutationKind.EscapeName:
                // The same name with its first character as a JSON escape: a different spelling of the same property.
                fields[at] = (name.Length > 0 && char.IsAscii(name[0]) ? $"\\u{(int)name[0]:x4}{name[1..]}" : name, value);
                break;
        }

        return fields;
    });

    public override string ToString() => $"{Kind} #{Index} {Name}={Value}";
}
