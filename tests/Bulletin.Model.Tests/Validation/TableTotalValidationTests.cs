// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>A table's rows against its total row, column by column, as TableTotals links them and BLT2103/BLT2104 check them.</summary>
public sealed class TableTotalValidationTests
{
    private const string Head = "# 海港统计\n\n表1 2025年1-6月各区工业产值\n区　域 | 产值 | 增长\n（亿元） | （%）\n";

    [Theory]
    [InlineData("总计 | 300.0 | 5.0\n　东区 | 100.0 | 4.0\n　西区 | 150.0 | 6.0\n　南区 | 50.0 | 3.0\n")]
    [InlineData("　东区 | 100.0 | 4.0\n　西区 | 150.0 | 6.0\n　南区 | 50.0 | 3.0\n合　计 | 300.0 | 5.0\n")]
    [InlineData("总计 | 300.0 | 5.0\n按园区分 | |\n　东区 | 100.0 | 4.0\n　西区 | 200.0 | 6.0\n按行业分 | |\n　制造业 | 240.0 | 4.0\n　　其中：汽车 | 90.0 | 4.0\n　采矿业 | 60.0 | 6.0\n")]
    [InlineData("总计 | 300.0 | 5.0\n其中：东区 | 100.0 | 4.0\n　　　西区 | 150.0 | 6.0\n")]
    [InlineData("总计 | 300.0 | 5.0\n　东区 | 100.1 | 4.0\n　西区 | 150.1 | 6.0\n　南区 | 50.1 | 3.0\n注：本表部分指标存在总计不等于分项之和情况，是数据四舍五入所致。\n")]
    public void Validate_TableWhoseRowsAgreeWithTheTotal_RaisesNothing(string rows)
    {
        var diagnostics = Validate(Head + rows).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("总计 | 300.0 | 5.0\n　东区 | 100.0 | 4.0\n　西区 | 180.0 | 6.0\n　南区 | 50.0 | 3.0\n", "BLT2103", "西区")]
    [InlineData("　东区 | 100.0 | 4.0\n　西区 | 150.0 | 6.0\n　南区 | 50.0 | 3.0\n合　计 | 330.0 | 5.0\n", "BLT2103", "合　计")]
    [InlineData("总计 | 300.0 | 5.0\n按园区分 | |\n　东区 | 100.0 | 4.0\n　西区 | 200.0 | 6.0\n按行业分 | |\n　制造业 | 250.0 | 4.0\n　采矿业 | 60.0 | 6.0\n", "BLT2103", "制造业")]
    [InlineData("总计 | 300.0 | 5.0\n其中：东区 | 100.0 | 4.0\n　　　西区 | 350.0 | 6.0\n", "BLT2104", "西区")]
    [InlineData("总计 | 300.0 | 5.0\n　东区 | 100.5 | 4.0\n　西区 | 150.5 | 6.0\n　南区 | 50.5 | 3.0\n注：总计不等于分项之和，系四舍五入所致。\n", "BLT2103", "南区")]
    public void Validate_TableRowChanged_IsCaughtNearTheRow(string rows, string ruleId, string rowLabel)
    {
        var text = Head + rows;
        var line = text[..text.IndexOf(rowLabel, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var diagnostics = Validate(text).Diagnostics;
        var found = Assert.Single(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(ruleId, found.Id);
        Assert.Contains(found.AdditionalSpans.Prepend(found.Span), s => s.Line == line);
    }

    [Theory]
    [InlineData("总计 | 300.0 | 5.0\n其中：国有企业 | 200.0 | 4.0\n其中：大型企业 | 250.0 | 6.0\n注：1．企业分组之间存在交叉，故各组数据之和大于总计。\n")]
    [InlineData("总计 | 300.0 | 5.0\n　东区 | 200.0 | 4.0\n　西区 | 250.0 | 6.0\n注：各区数据存在交叉，之和大于总计。\n")]
    public void Validate_TableWhoseNoteSaysGroupsOverlap_DoesNotAddThemUp(string rows)
    {
        var diagnostics = Validate(Head + rows).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Id == "BLT2103");
    }

    [Fact]
    public void Validate_CaptionOfMainItems_ChecksPartsOnlyAgainstTheTotal()
    {
        const string text = "# 海港统计\n\n表2 2025年1-6月主要产品产量\n产　品 | 产量（万吨） | 增长（%）\n合计 | 300.0 | 2.0\n　钢材 | 100.0 | 1.0\n　水泥 | 150.0 | 3.0\n";
        var claims = BulletinParser.Default.Parse(text).GetValueOrThrow().Claims;
        Assert.DoesNotContain(claims, c => c.Relations.Any(r => r.Kind == ClaimRelationKind.TotalOf));
        Assert.Equal(2, claims.Count(c => c.Relations.Any(r => r.Kind == ClaimRelationKind.PartOf)));
        Assert.DoesNotContain(Validate(text).Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void TableTotal_LinksOnlyLevelColumns()
    {
        var claims = BulletinParser.Default.Parse(Head + "总计 | 300.0 | 5.0\n　东区 | 100.0 | 4.0\n　西区 | 200.0 | 6.0\n").GetValueOrThrow().Claims;
        var total = Assert.Single(claims, c => c.Relations.Any(r => r.Kind == ClaimRelationKind.TotalOf));
        Assert.Equal("300.0", total.Text);
        Assert.Equal(2, total.Relations.Count(r => r.Kind == ClaimRelationKind.TotalOf));
    }

    private static ValidationResult Validate(string text) =>
        BulletinValidator.Default.Validate(BulletinParser.Default.Parse(text).GetValueOrThrow());
}
