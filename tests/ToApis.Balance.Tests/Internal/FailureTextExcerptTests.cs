using System.Text;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>Where an excerpt of a body is cut: 200 characters shown, from a window of 800 bytes whose last, cut word is dropped.</summary>
public sealed class FailureTextExcerptTests
{
    private const int Shown = 200;
    private const int Window = Shown * 4;

    private static readonly SecretScrubber Scrubber = new(TestServer.ApiKey);

    [Fact]
    public void Excerpt_EmptyBody_Null()
    {
        Assert.Null(FailureText.Excerpt([], Scrubber));
    }

    [Fact]
    public void Excerpt_WhiteSpaceOnly_Null()
    {
        Assert.Null(FailureText.Excerpt(" \r\n\t "u8, Scrubber));
    }

    [Fact]
    public void Excerpt_ExactlyTheShownLength_WholeWithoutEllipsis()
    {
        var text = new string('a', Shown);

        Assert.Equal(text, Excerpt(text));
    }

    [Fact]
    public void Excerpt_OneCharacterOverTheShownLength_CutWithAnEllipsis()
    {
        var text = new string('a', Shown) + "b";

        Assert.Equal(new string('a', Shown) + "…", Excerpt(text));
    }

    [Fact]
    public void Excerpt_BodyExactlyTheWindow_LastWordKept()
    {
        // Nothing lies beyond the window, so its last word is whole.
        var last = "lastword12";

        Assert.Equal(last, Excerpt(new string(' ', Window - last.Length) + last));
    }

    [Fact]
    public void Excerpt_BodyLongerThanTheWindow_WordTheWindowCutsDropped()
    {
        Assert.Equal("first", Excerpt("first" + new string(' ', Window - 10) + "lastword12"));
    }

    [Fact]
    public void Excerpt_WindowCutsTheOnlyWord_TheCutTextStillShown()
    {
        // No white space to cut at: the text is kept as it is, at most 200 characters of it.
        var text = new string('x', Window + 1);

        Assert.Equal(new string('x', Shown) + "…", Excerpt(text));
    }

    [Fact]
    public void Excerpt_WhiteSpaceOnlyAtTheVeryStart_WordAfterItDropped()
    {
        Assert.Null(Excerpt(" " + new string('x', Window)));
    }

    [Fact]
    public void Excerpt_RunsOfWhiteSpace_CollapsedToOneSpace()
    {
        Assert.Equal("bad gateway from nginx", Excerpt("  bad\r\n\tgateway   from nginx \n"));
    }

    private static string? Excerpt(string text) => FailureText.Excerpt(Encoding.UTF8.GetBytes(text), Scrubber);
}
