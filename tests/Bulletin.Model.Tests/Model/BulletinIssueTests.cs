// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Model;

/// <summary>What an issue says of itself when printed: a summary for people, dates in ISO form.</summary>
public sealed class BulletinIssueTests
{
    [Theory]
    [InlineData("# 海港简报\n\n2026 年第 4 期（总第 41 期）\n\n2026 年 4 月 20 日\n\n# 港口动态\n\n吞吐量 12 万吨，增长 3%。\n", "海港简报 2026 No. 4 (总第 41 期), 2026-04-20: 1 article, 2 claims")]
    [InlineData("# 港口动态\n\n港口新开一条航线。\n", "… 1 article, 0 claims")]
    public void ToString_IsASummaryWithAnIsoDate(string document, string expected)
    {
        var printed = BulletinParser.Default.Parse(document).GetValueOrThrow().ToString();
        if (expected.StartsWith('…'))
        {
            Assert.EndsWith(expected[1..], printed, System.StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, printed);
        }

        Assert.DoesNotContain("ImmutableArray", printed, System.StringComparison.Ordinal);
    }
}
