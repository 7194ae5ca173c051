using System.Text.Json;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>The oracle's reading of an OpenAI-style error object; <see cref="Code"/> is cloned so it outlives the document.</summary>
internal sealed record OracleError(string? Message, string? Type, JsonElement Code);
