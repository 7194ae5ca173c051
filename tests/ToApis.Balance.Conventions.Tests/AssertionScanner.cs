using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ToApis.Balance.Conventions.Tests;

/// <summary>
/// Finds the test methods of one test project that assert nothing, from its sources' syntax alone.
/// </summary>
/// <remarks>
/// The rule: a test method (an attribute named <c>Fact</c> or <c>Theory</c>, or ending so, like <c>SkippableFact</c>)
/// asserts when its body, lambdas and local functions included, holds one of
/// <list type="bullet">
/// <item><description>a call of a member of xUnit's <c>Assert</c> (<c>Assert.Equal</c>, <c>Assert.ThrowsAsync</c>, …);</description></item>
/// <item><description>
/// the name of an asserting helper, called or passed as a method group: a method or local function declared in the
/// same project whose body asserts by this same rule (helpers calling helpers count, to any depth);
/// </description></item>
/// <item><description>
/// a property check of CsCheck given a predicate (<c>Sample</c>, <c>SampleAsync</c>, … whose lambda returns a value):
/// it throws when the predicate returns false.
/// </description></item>
/// </list>
/// Helpers are matched by name, without types: a name that any asserting helper of the project bears counts. That
/// errs towards accepting a test, never towards rejecting one that asserts.
/// </remarks>
internal static class AssertionScanner
{
    /// <summary>The test methods that assert nothing, as <c>path:line Class.Method</c>.</summary>
    /// <param name="sources">Each source file of the project: its path (for the report) and its text.</param>
    public static List<string> FindTestsWithoutAssertion(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)).ToList();
        var helpers = AssertingHelpers(trees);
        return
        [
            .. from tree in trees
               from method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
               where IsTest(method) && !Asserts(method, helpers)
               select Describe(method),
        ];
    }

    /// <summary>The names of the project's methods and local functions that assert, grown until no new one is found.</summary>
    private static HashSet<string> AssertingHelpers(List<SyntaxTree> trees)
    {
        var declared = trees
            .SelectMany(t => t.GetRoot().DescendantNodes())
            .Select(n => n switch
            {
                MethodDeclarationSyntax m => (Name: m.Identifier.ValueText, Body: (SyntaxNode?)m.Body ?? m.ExpressionBody),
                LocalFunctionStatementSyntax f => (Name: f.Identifier.ValueText, Body: (SyntaxNode?)f.Body ?? f.ExpressionBody),
                _ => (Name: string.Empty, Body: null),
            })
            .Where(d => d.Body is not null)
            .ToList();

        var asserting = new HashSet<string>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var (name, body) in declared)
            {
                if (!asserting.Contains(name) && Asserts(body!, asserting))
                {
                    grew |= asserting.Add(name);
                }
            }
        }
        while (grew);

        return asserting;
    }

    private static bool IsTest(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes).Any(a => SimpleName(a.Name) is { } name
            && (name.EndsWith("Fact", StringComparison.Ordinal) || name.EndsWith("Theory", StringComparison.Ordinal)
                || name.EndsWith("FactAttribute", StringComparison.Ordinal) || name.EndsWith("TheoryAttribute", StringComparison.Ordinal)));

    private static bool Asserts(SyntaxNode node, HashSet<string> helpers) =>
        node.DescendantNodesAndSelf().Any(n => n switch
        {
            InvocationExpressionSyntax invocation => IsAssertCall(invocation) || IsPropertyCheck(invocation),
            SimpleNameSyntax name => helpers.Contains(name.Identifier.ValueText),
            _ => false,
        });

    private static bool IsAssertCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access && SimpleName(access.Expression) == "Assert";

    /// <summary>CsCheck's <c>Sample…</c> given a predicate: it throws when the predicate returns false.</summary>
    private static bool IsPropertyCheck(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access
        && access.Name.Identifier.ValueText.StartsWith("Sample", StringComparison.Ordinal)
        && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LambdaExpressionSyntax lambda
        && ReturnsValue(lambda);

    /// <summary>
    /// Whether a lambda returns a value: a block with a <c>return</c> of a value (its own, not a nested function's), or
    /// an expression body that cannot be a statement (a call, an await, an assignment or a <c>new</c> may be an action).
    /// </summary>
    private static bool ReturnsValue(LambdaExpressionSyntax lambda) => lambda.Block is { } block
        ? block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<ReturnStatementSyntax>()
            .Any(r => r.Expression is not null)
        : lambda.ExpressionBody is not (null or InvocationExpressionSyntax or AwaitExpressionSyntax or AssignmentExpressionSyntax or BaseObjectCreationExpressionSyntax);

    private static string? SimpleName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static string Describe(MethodDeclarationSyntax method)
    {
        var line = method.Identifier.GetLocation().GetLineSpan();
        var type = method.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        return $"{line.Path}:{line.StartLinePosition.Line + 1} {type}.{method.Identifier.ValueText}";
    }
}
