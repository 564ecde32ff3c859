// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Tests.Lexicons;

/// <summary>One matching mechanism for every lexicon: the longest word wins, and a word listed as none stops a match.</summary>
public sealed class WordTableTests
{
    private static readonly WordTable<int> s_verbs = new([("降", -1), ("下降", -1), ("增长", 1)], ["起降"]);

    [Theory]
    [InlineData("价格下降", "下降", -1)]
    [InlineData("价格降", "降", -1)]
    [InlineData("同比增长", "增长", 1)]
    public void MatchBefore_TakesTheLongestWord(string text, string word, int value)
    {
        Assert.True(s_verbs.MatchBefore(text, text.Length, 0, out var found, out var payload));
        Assert.Equal((word, value), (found, payload));
    }

    [Fact]
    public void AWordListedAsNone_StopsTheShorterWordInsideIt()
    {
        Assert.False(s_verbs.MatchBefore("航班起降", 4, 0, out _, out _));
        Assert.False(s_verbs.MatchAt("起降架次", 0, 4, out _, out _));
        Assert.True(s_verbs.MatchAt("降价", 0, 2, out var word, out _));
        Assert.Equal("降", word);
    }
}
