// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Table cells take unit, magnitude and kind from their column header.</summary>
public sealed class ClaimExtractorTableTests
{
    private const string Document = """
        # 主要经济指标

        1—11 月，各地区利润情况如下。

        | 地区 | 利润总额(亿元) | 同比增长(%) | 占比(%) | 企业数(家) |
        |---|---|---|---|---|
        | 东部 | 9920.7 | 5.2 | 61.3 | 1200 |
        | 西部 | 1,204.5 | -3.1 | 7.4 | 310 |
        """;

    [Fact]
    public void Parse_TableCells_TakeUnitAndKindFromTheHeader()
    {
        var issue = BulletinParser.Default.Parse(Document).GetValueOrThrow();
        var claims = issue.Claims.Where(c => c.BlockIndex is not null && issue.EnumerateArticles()[c.ArticleIndex!.Value].Blocks[c.BlockIndex.Value].Kind == BlockKind.Table).ToList();
        Assert.Equal(
            ["9920.7 amount 992070000000 CNY", "5.2 change 5.2 %", "61.3 share 61.3 %", "1200 count 1200 count",
             "1,204.5 amount 120450000000 CNY", "-3.1 change -3.1 %", "7.4 share 7.4 %", "310 count 310 count"],
            claims.Select(c => $"{c.Text} {c.Kind.ToString().ToLowerInvariant()} {c.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Unit}"));
    }

    [Fact]
    public void Parse_TableWithCaptionUnit_UsesIt()
    {
        const string doc = "# 指标\n\n单位：万吨\n\n| 品种 | 2024 | 2025 |\n|---|---|---|\n| 钢材 | 125.5 | 130.2 |\n";
        var issue = BulletinParser.Default.Parse(doc).GetValueOrThrow();
        Assert.Equal([1255000m, 1302000m], issue.Claims.Where(c => c.Unit == "Mass.Tonne").Select(c => c.Value!.Value));
    }
}
