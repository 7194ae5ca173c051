using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>
/// Source-generated metadata for the OpenAI-style error object, the one part of a body read by the serializer
/// (only failures carry it): no reflection when a body is read.
/// </summary>
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class ToApisJsonContext : JsonSerializerContext;
