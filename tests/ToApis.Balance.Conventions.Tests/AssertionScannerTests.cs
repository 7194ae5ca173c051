namespace ToApis.Balance.Conventions.Tests;

/// <summary>The scanner on tiny sources: what counts as an assertion, and what does not.</summary>
public sealed class AssertionScannerTests
{
    [Fact]
    public void FindTestsWithoutAssertion_FactThatOnlyRunsCode_IsNamedWithItsPlace()
    {
        var silent = Scan("""
            public sealed class GuardTests
            {
                [Fact]
                public async Task Enough_Passes()
                {
                    await Guard.EnsureAsync(5);
                }
            }
            """);

        Assert.Equal(["GuardTests.cs:4 GuardTests.Enough_Passes"], silent);
    }

    [Fact]
    public void FindTestsWithoutAssertion_TheoryWithoutAssertion_IsNamed()
    {
        var silent = Scan("""
            public sealed class T
            {
                [Theory]
                [InlineData(1)]
                public void Runs(int value) => Parse(value);
            }
            """);

        Assert.Equal(["GuardTests.cs:5 T.Runs"], silent);
    }

    [Theory]
    [InlineData("Assert.Equal(1, Parse());")]
    [InlineData("Xunit.Assert.True(Parse() > 0);")]
    [InlineData("Check(() => Assert.NotNull(Parse()));")]
    public void FindTestsWithoutAssertion_AssertCallAnywhereInTheBody_Accepted(string statement)
    {
        Assert.Empty(Scan($$"""
            public sealed class T
            {
                [Fact]
                public void Parses() { {{statement}} }
            }
            """));
    }

    [Fact]
    public void FindTestsWithoutAssertion_HelperThatAssertsThroughAnotherHelper_Accepted()
    {
        Assert.Empty(Scan("""
            public sealed class T
            {
                [Fact]
                public void Parses() => ShouldParse("1");

                private static void ShouldParse(string text) => ShouldBe(1, Parse(text));

                private static void ShouldBe(int expected, int actual) => Assert.Equal(expected, actual);
            }
            """));
    }

    [Fact]
    public void FindTestsWithoutAssertion_HelperThatDoesNotAssert_StillNamed()
    {
        var silent = Scan("""
            public sealed class T
            {
                [Fact]
                public void Parses() => Run("1");

                private static void Run(string text) => Parse(text);
            }
            """);

        Assert.Equal(["GuardTests.cs:4 T.Parses"], silent);
    }

    [Fact]
    public void FindTestsWithoutAssertion_AssertingLocalFunction_Accepted()
    {
        Assert.Empty(Scan("""
            public sealed class T
            {
                [Fact]
                public void Parses()
                {
                    Check("1");

                    void Check(string text) => Assert.Equal(1, Parse(text));
                }
            }
            """));
    }

    [Fact]
    public void FindTestsWithoutAssertion_HelperInAnotherFileOfTheProject_Accepted()
    {
        var silent = AssertionScanner.FindTestsWithoutAssertion(
        [
            ("T.cs", "public sealed class T { [Fact] public void Parses() => Expect.One(\"1\"); }"),
            ("Expect.cs", "internal static class Expect { public static void One(string text) => Assert.Equal(1, Parse(text)); }"),
        ]);

        Assert.Empty(silent);
    }

    [Theory]
    [InlineData("Gen.Int.Sample(i => { var twice = i * 2; return twice % 2 == 0; });")]
    [InlineData("Gen.Int.Sample(i => i * 2 % 2 == 0);")]
    [InlineData("await Gen.Int.SampleAsync(async i => { await Task.Yield(); return i >= 0; });")]
    public void FindTestsWithoutAssertion_PropertyCheckWithAPredicate_Accepted(string statement)
    {
        Assert.Empty(Scan($$"""
            public sealed class T
            {
                [Fact]
                public async Task Holds() { {{statement}} }
            }
            """));
    }

    [Theory]
    [InlineData("Gen.Int.Sample(i => Parse(i));")]
    [InlineData("Gen.Int.Sample(i => { Parse(i); });")]
    [InlineData("Gen.Int.Sample(i => { Run(() => { return i; }); });")]
    public void FindTestsWithoutAssertion_PropertyCheckWithAnActionOnly_IsNamed(string statement)
    {
        var silent = Scan($$"""
            public sealed class T
            {
                [Fact]
                public void Holds() { {{statement}} }
            }
            """);

        Assert.Equal(["GuardTests.cs:4 T.Holds"], silent);
    }

    [Fact]
    public void FindTestsWithoutAssertion_MethodWithoutTestAttribute_Ignored()
    {
        Assert.Empty(Scan("public sealed class T { public void Helper() => Parse(); }"));
    }

    private static List<string> Scan(string source) => AssertionScanner.FindTestsWithoutAssertion([("GuardTests.cs", source)]);
}
