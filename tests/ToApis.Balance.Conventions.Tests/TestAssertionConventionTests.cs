namespace ToApis.Balance.Conventions.Tests;

/// <summary>
/// Every test of every test project asserts something, by the rule of <see cref="AssertionScanner"/>: a call of
/// xUnit's <c>Assert</c>, or of a helper of the same project that itself asserts. A test that only runs code passes
/// whatever the code returns, so it pins nothing.
/// </summary>
public sealed class TestAssertionConventionTests
{
    [Fact]
    public void TestMethods_OfEveryTestProject_EachAssert()
    {
        var projects = TestProjects.All().ToList();

        var silent = projects.SelectMany(p => AssertionScanner.FindTestsWithoutAssertion(p.Sources)).ToList();

        // The scan must have seen the suite: a wrong root would find no test and pass.
        Assert.Contains(projects, p => p.Project == Path.Combine("tests", "ToApis.Balance.Tests"));
        Assert.True(silent.Count == 0, "Tests that assert nothing (assert what the name says, or call a helper that does):\n" + string.Join("\n", silent));
    }
}
