using System.Text;
using CsCheck;

namespace ToApis.Balance.Tests.Fuzzing;

/// <summary>Any body at all: mutated documented bodies, random objects, failure bodies, random JSON, random bytes.</summary>
internal static class AnyBodyGen
{
    public static readonly Gen<byte[]> Body = Gen.Frequency(
        (3, BodyGen.Bytes(BodyGen.MutatedDocumented)),
        (2, BodyGen.Bytes(BodyGen.RandomObject)),
        (2, FailureBodyGen.Bytes),
        (1, JsonGen.Value.Select(Encoding.UTF8.GetBytes)),
        (2, BodyGen.RandomBytes));
}
