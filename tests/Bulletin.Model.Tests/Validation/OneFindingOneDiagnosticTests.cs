// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>A problem the parser found and a rule states again is reported once. Our own page.</summary>
public sealed class OneFindingOneDiagnosticTests
{
    private const string Page = """
        # 港区新闻

        海港港区今年新开航线12条，集装箱吞吐量同比增长8.5%，创历史新高，港区管理部门表示将继续扩大开放。

        港区还将建设冷链物流中心，预计明年投入使用，年处理能力达到50万吨。

        海港港区今年新开航线12条，集装箱吞吐量同比增长8.5%，创历史新高，港区管理部门表示将继续扩大开放。
        """;

    [Fact]
    public void ParagraphPrintedTwice_IsOneDiagnostic_WhenParseAndValidationAreMerged()
    {
        var parsed = BulletinParser.Default.Parse(Page);
        var issue = parsed.GetValueOrThrow();
        Assert.Contains(parsed.Diagnostics, d => d.Id == DiagnosticIds.DuplicateParagraph);

        var merged = BulletinValidator.Default.Validate(issue).MergeWith(parsed.Diagnostics);

        Assert.Single(merged, d => d.Id is DiagnosticIds.DuplicateParagraph or "BLT2007");
        Assert.Contains(merged, d => d.Id == "BLT2007");
    }

    [Fact]
    public void ContentsEntryWithoutArticle_IsOneDiagnostic_WhenParseAndValidationAreMerged()
    {
        const string text = "# 海港经贸参考\n\n2025 年第 4 期\n\n## 目录\n\n1. 港口吞吐量创新高..... 1\n\n2. 外贸运行情况..... 2\n\n# 港口吞吐量创新高\n\n一季度全市港口货物吞吐量稳步增长。\n";
        var parsed = BulletinParser.Default.Parse(text);
        Assert.Contains(parsed.Diagnostics, d => d.Id == DiagnosticIds.UnmatchedContentsEntry);

        var merged = BulletinValidator.Default.Validate(parsed.GetValueOrThrow()).MergeWith(parsed.Diagnostics);

        Assert.Single(merged, d => d.Id is DiagnosticIds.UnmatchedContentsEntry or "BLT2001");
        Assert.Contains(merged, d => d.Id == "BLT2001");
    }

    [Fact]
    public void ParseFindingsNoRuleRestates_AreKept()
    {
        var parsed = BulletinParser.Default.Parse("# 标题\n\n正文一段。\n\n" + new string('\u0001', 3));
        var issue = parsed.GetValueOrThrow();

        var merged = BulletinValidator.Default.Validate(issue).MergeWith(parsed.Diagnostics);

        Assert.Contains(merged, d => d.Id == DiagnosticIds.BinaryContent);
    }
}
