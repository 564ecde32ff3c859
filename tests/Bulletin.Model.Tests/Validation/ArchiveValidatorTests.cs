// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Bulletin.Model.Archives;
using Bulletin.Model.Tests.Archives;
using Bulletin.Model.Validation;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Validation;

/// <summary>Issue rules and cross-issue rules over the issues of an archive.</summary>
public sealed class ArchiveValidatorTests
{
    private const string Figure2025 = "2025年全市进出口总额 1195.0 亿元，同比增长 8.2%。";

    [Fact]
    public async Task Validate_CumulativeNumbersThatFollow_RaisesNothing()
    {
        var result = await ValidateAsync(Issue(2025, 11, 30), Issue(2025, 12, 31), Issue(2026, 1, 32), Issue(2026, 2, 33));

        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Id == "BLT2201");
        Assert.Equal(4, result.IssueCount);
    }

    [Fact]
    public async Task Validate_CumulativeNumberOffWithinAYear_IsReportedWithTheNumberImplied()
    {
        var result = await ValidateAsync(Issue(2026, 1, 32), Issue(2026, 2, 33), Issue(2026, 3, 35), Issue(2026, 4, 35));

        var found = Assert.Single(result.Diagnostics, d => d.Diagnostic.Id == "BLT2201");
        Assert.Equal("海港经贸参考-2026-03.json", found.EntryName);
        Assert.Contains("implies 总第 34 期 for 2026 年第 3 期", found.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CumulativeNumberGoingBackAcrossYears_IsReported()
    {
        var result = await ValidateAsync(Issue(2025, 12, 31), Issue(2026, 2, 32));

        var found = Assert.Single(result.Diagnostics, d => d.Diagnostic.Id == "BLT2201");
        Assert.Equal("海港经贸参考-2026-02.json", found.EntryName);
        Assert.Contains("总第 33 期 or later", found.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NumbersOfTwoPublications_AreNotCompared()
    {
        var result = await ValidateAsync(Issue(2026, 1, 32), Issue(2026, 2, 80, publication: "山城工业简报"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Id == "BLT2201");
    }

    [Fact]
    public async Task Validate_SameFigureDifferentInTwoIssues_IsReportedAtTheLaterOne()
    {
        var result = await ValidateAsync(
            Issue(2026, 1, 32, Figure2025),
            Issue(2026, 2, 33, "2025年全市进出口总额 1295.0 亿元，同比增长 8.2%。"));

        var found = Assert.Single(result.Diagnostics, d => d.Diagnostic.Id == "BLT2202");
        Assert.Equal("海港经贸参考-2026-02.json", found.EntryName);
        Assert.Contains("1295.0 亿元 here but 1195.0 亿元 in 2026 年第 1 期", found.Diagnostic.Message, StringComparison.Ordinal);
        Assert.False(found.Diagnostic.Span.IsEmpty);
    }

    [Theory]
    [InlineData("2025年全市进出口总额 1195.0 亿元，同比增长 8.2%。")]
    [InlineData("2025年全市进出口总额约 1200 亿元，同比增长 8.2%。")]
    [InlineData("2024年全市进出口总额 1000.0 亿元，同比增长 8.2%。")]
    public async Task Validate_FiguresThatCanBothHold_RaiseNothing(string later)
    {
        var result = await ValidateAsync(Issue(2026, 1, 32, Figure2025), Issue(2026, 2, 33, later));

        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Id == "BLT2202");
    }

    [Theory]
    [InlineData("400 太瓦时", false)]
    [InlineData("500 太瓦时", true)]
    public async Task Validate_PhysicalFigureRestatedInAnotherUnit_IsComparedThroughTheConversion(string later, bool reported)
    {
        var result = await ValidateAsync(
            Issue(2026, 1, 32, "2025年全市全社会用电量 4000 亿千瓦时，同比增长 5.1%。"),
            Issue(2026, 2, 33, $"2025年全市全社会用电量 {later}，同比增长 5.1%。"));

        Assert.Equal(reported, result.Diagnostics.Any(d => d.Diagnostic.Id == "BLT2202"));
    }

    [Fact]
    public async Task Validate_SameFigureInTwoPublications_IsNotCompared()
    {
        var result = await ValidateAsync(
            Issue(2026, 1, 32, Figure2025),
            Issue(2026, 2, 33, "2025年全市进出口总额 1295.0 亿元，同比增长 8.2%。", "山城工业简报"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Id == "BLT2202");
    }

    [Fact]
    public async Task Validate_RuleSwitchedOffOrChanged_FollowsTheOptions()
    {
        var entries = new[] { Issue(2026, 1, 32), Issue(2026, 2, 40) };

        var off = await ArchiveValidator.Create(ValidationOptions.Default.WithoutRule("BLT2201")).ValidateAsync(AsyncEntries.Of(entries));
        var raised = await ArchiveValidator.Create(ValidationOptions.Default.WithSeverity("BLT2201", DiagnosticSeverity.Error)).ValidateAsync(AsyncEntries.Of(entries));

        Assert.DoesNotContain(off.Diagnostics, d => d.Diagnostic.Id == "BLT2201");
        Assert.True(raised.HasErrors);
    }

    [Fact]
    public async Task Validate_IssueRules_RunOnEveryIssue()
    {
        // 占 120% cannot be a share: the issue rule BLT2101 reports it for the one issue that says it.
        var result = await ValidateAsync(Issue(2026, 1, 32), Issue(2026, 2, 33, "其中出口 500 亿元，占全市进出口总额的 120%。"));

        var found = Assert.Single(result.Diagnostics, d => d.Diagnostic.Id == "BLT2101");
        Assert.Equal("海港经贸参考-2026-02.json", found.EntryName);
    }

    [Fact]
    public async Task Validate_UnreadableEntry_IsCountedAndKept()
    {
        var damaged = BulletinArchive.ReadEntry("damaged.json", "{ \"schemaVersion\": 2, "u8);

        var result = await ArchiveValidator.Default.ValidateAsync(AsyncEntries.Of([Issue(2026, 1, 32), damaged]));

        Assert.Equal(1, result.UnreadableCount);
        Assert.Equal(1, result.IssueCount);
        Assert.Contains(result.Diagnostics, d => d.EntryName == "damaged.json" && d.Diagnostic.Id == DiagnosticIds.DamagedArchiveEntry);
    }

    [Fact]
    public void CrossIssueRuleIds_AreTheDocumentedRules() =>
        Assert.Equal(["BLT2201", "BLT2202"], ArchiveValidator.CrossIssueRuleIds.ToArray());

    [Fact]
    public void EveryCrossIssueRule_HasADocumentationPageListedInTheIndex()
    {
        var index = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.Corpus.RepositoryRoot, "docs", "rules", "README.md"));
        foreach (var rule in ArchiveValidator.CrossIssueRules)
        {
            var page = System.IO.Path.Combine(Support.Corpus.RepositoryRoot, "docs", "rules", rule.Id + ".md");
            Assert.True(System.IO.File.Exists(page), $"{rule.Id} has no page at docs/rules.");
            Assert.Contains(rule.Title, System.IO.File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Contains($"[{rule.Id}]({rule.Id}.md)", index, StringComparison.Ordinal);
        }
    }

    private static ArchiveEntry Issue(int year, int number, int cumulative, string body = "港口集装箱吞吐量保持增长。", string publication = "海港经贸参考")
    {
        var issue = ArchiveDocuments.Issue(year, number, cumulative, body, publication);
        return new ArchiveEntry(BulletinArchive.GetFileName(issue), issue, ImmutableArray<Diagnostic>.Empty);
    }

    private static Task<ArchiveValidationResult> ValidateAsync(params ArchiveEntry[] entries) =>
        ArchiveValidator.Default.ValidateAsync(AsyncEntries.Of(entries));
}
