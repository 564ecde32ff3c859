// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;
using NodaTime;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Masthead lines of our own, as bulletins print them.</summary>
public sealed class MastheadTests
{
    [Theory]
    [InlineData("海港市商务局　　2026 年 1 月 20 日", "海港市商务局")]
    [InlineData("海港市贸促会 2026年1月20日", "海港市贸促会")]
    [InlineData("海港市商务局\n\n2026 年 1 月 20 日", "海港市商务局")]
    public void Parse_PublisherAndDate_AreBothRead(string line, string publisher)
    {
        var issue = BulletinParser.Default.Parse($"# 海港经贸参考\n\n2026 年第 1 期（总第 32 期）\n\n{line}\n\n# 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Equal(publisher, issue.Publication.Publisher);
        Assert.Equal(new LocalDate(2026, 1, 20), issue.PublishedOn);
    }

    [Fact]
    public void Parse_SentenceEndingInADate_IsNotAMasthead()
    {
        var issue = BulletinParser.Default.Parse("# 海港经贸参考\n\n2026 年第 1 期\n\n会议由市商务局主办，时间为 2026 年 1 月 20 日\n\n# 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Null(issue.PublishedOn);
    }
}
