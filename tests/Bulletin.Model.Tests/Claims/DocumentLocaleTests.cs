// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Globalization;
using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// Figures read the way the document's own words say, decided once per document: a record of the Republic of
/// China counts its years from 1912 and its bare 元 is the New Taiwan dollar; 兆 before 億 is 10^12. Our own text.
/// </summary>
public sealed class DocumentLocaleTests
{
    private const string RocRecord = """
        行政院會議紀錄
        時間：中華民國112年3月9日（星期四）10時

        主席報告：113年度總預算案歲出規模為2兆8,800億元，較本年度增加1,350億元。
        自108年起，各項補助已連續4年增加，今年經濟預計成長3.2%，另以人民幣計價之投資為50億元人民幣。
        總計3兆億元以上之說法並不正確，至於5.1兆餘元則為舉債上限。
        """;

    private static Bulletin.Model.Claims.QuantifiedClaim Claim(BulletinIssue issue, string text) => issue.Claims.First(c => c.Text == text);

    [Fact]
    public void BareYuan_InARocRecord_IsTheNewTaiwanDollar_ButRenminbiNamedStaysCny()
    {
        var issue = BulletinParser.Default.Parse(RocRecord).GetValueOrThrow();

        Assert.Equal("TWD", Claim(issue, "1,350億元").Unit);
        Assert.Equal("CNY", issue.Claims.First(c => c.Text.StartsWith("50億元", System.StringComparison.Ordinal)).Unit);
    }

    [Fact]
    public void TrillionBeforeHundredMillion_IsOneFigure()
    {
        var issue = BulletinParser.Default.Parse(RocRecord).GetValueOrThrow();

        var budget = Claim(issue, "2兆8,800億元");
        Assert.Equal(2_880_000_000_000m, budget.Value);
        Assert.Equal(50_000_000m, budget.Precision);
        var cap = issue.Claims.First(c => c.Text.StartsWith("5.1兆", System.StringComparison.Ordinal));
        Assert.Equal(5_100_000_000_000m, cap.Value);
        Assert.Equal(Bulletin.Model.Claims.ClaimQualifier.Over, cap.Qualifier);
    }

    [Fact]
    public void RocYears_AreDatesAndPeriods_NotDurations()
    {
        var issue = BulletinParser.Default.Parse(RocRecord).GetValueOrThrow();

        Assert.DoesNotContain(issue.Claims, c => c.Text is "108年" or "113年" or "112年");
        Assert.Equal("2024", Claim(issue, "2兆8,800億元").Period?.Text);
        Assert.Contains(issue.Claims, c => c.Text == "4年" && c.Unit == "Duration.Year");
        Assert.Equal(Bulletin.Model.Claims.ClaimKind.Change, Claim(issue, "3.2%").Kind);
    }

    [Fact]
    public void MainlandText_KeepsCnyAndFourDigitYears()
    {
        var issue = BulletinParser.Default.Parse("2025年全市一般公共预算收入达到820亿元，连续3年增长。\n").GetValueOrThrow();

        Assert.Equal("CNY", Claim(issue, "820亿元").Unit);
        Assert.Contains(issue.Claims, c => c.Text == "3年");
    }

    [Theory]
    [InlineData("3兆瓦", 3)]
    [InlineData("装机容量为120兆瓦时", 120)]
    public void TrillionBeforeWatts_IsTheSiPrefix(string text, decimal value)
    {
        var claims = Bulletin.Model.Claims.ClaimExtractor.Default.Extract(text);

        Assert.DoesNotContain(claims, c => c.Value >= 1_000_000_000_000m);
        Assert.All(claims, c => Assert.True(c.Value is null || c.Value == value, c.Value?.ToString(CultureInfo.InvariantCulture)));
    }
}
