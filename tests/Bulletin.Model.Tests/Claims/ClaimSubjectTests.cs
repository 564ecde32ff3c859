// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// A claim's subject is what the figure measures: never the base of a comparison, a reading of an indicator
/// standing alone, or markup.
/// </summary>
public sealed class ClaimSubjectTests
{
    public static TheoryData<string, string, string?> Subjects => new()
    {
        { "园区产值比上年增长 7.5%。", "7.5%", "园区产值" },
        { "港口吞吐量较上年增长 3.2%。", "3.2%", "港口吞吐量" },
        { "港口吞吐量与上年相比增长 3.2%。", "3.2%", "港口吞吐量" },
        { "园区工业增加值同比增长 6.1%。", "6.1%", "园区工业增加值" },
        { "园区工业增加值增长 6.1%，比上年四季度加快 1.1 个百分点。", "1.1 个百分点", null },
        { "海港市编列预算 280 亿元，较本年度增加 86 亿元。", "86 亿元", null },
        { "出口比重达 35.5%。", "35.5%", "出口" },
        { "增长较快的行业利润 20 亿元。", "20 亿元", "增长较快的行业利润" },
        { "甲国二季度GDP同比升0.6%，一季度终值升0.4%。", "0.4%", "甲国二季度GDP 一季度终值" },
        { "** ` 12 亿元", "12 亿元", null },
        { "货运量 900 万吨，其中铁路货运量 310 万吨。", "310 万吨", "铁路货运量" },
        { "交易额由 12 亿元增至 15 亿元。", "12 亿元", "交易额" },
        { "交易额由 12 亿元增至 15 亿元。", "15 亿元", "交易额" },
        { "泊位从 40 个增加到 52 个。", "52 个", "泊位" },
        { "货运量 900 万吨，其中，铁路 310 万吨。", "310 万吨", "铁路" },
        { "货运量 900 万吨，其中铁路 310 万吨，占总量的 34.4%。", "34.4%", "铁路占总量" },
        // The bare members of a list measure what its first member does, not the member and joiner before them.
        { "其中出口增长8%、5.5%和12.1%。", "5.5%", "出口" },
        { "其中出口增长8%、5.5%和12.1%。", "12.1%", "出口" },
        { "东部 30 亿元、西部 20 亿元。", "20 亿元", "西部" },
        // A lead verb goes whole, not a character of it at a time (累计 would leave 累).
        { "今年以来园区累计 860 亿元。", "860 亿元", "今年以来园区" },
        { "出口达到了 50 亿元。", "50 亿元", "出口" },
        // A qualifier's character inside a word (签约, 节约, 最近) stays with the word.
        { "签约占比达到 50%。", "50%", "签约" },
        { "园区节约 20 万元。", "20 万元", "园区节约" },
        { "城镇居民约占 70%。", "70%", "城镇居民" },
        // A list item's or a contents line's number names nothing; a decimal is not one.
        { "1. 前三季度全区出口增长 8.2%", "8.2%", "前三季度全区出口" },
        { "2、园区产值 120 亿元。", "120 亿元", "园区产值" },
        { "（3）税收收入 5 亿元。", "5 亿元", "税收收入" },
        { "## 全区出口增长 8.2%", "8.2%", "全区出口" },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Extract_Subject_IsWhatTheFigureMeasures(string sentence, string figure, string? subject)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).FirstOrDefault(c => c.Text == figure);
        Assert.True(claim is not null, $"no claim {figure} in {sentence}: " + string.Join(", ", ClaimExtractor.Default.Extract(sentence).Select(c => c.Text)));
        Assert.Equal(subject, claim.Subject);
    }

    [Fact]
    public void Extract_WrittenNegativePercentage_IsAChangeNotAShare()
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract("数值在0至-100%之间的表示利润下降。"), c => c.Value == -100m);
        Assert.Equal(ClaimKind.Change, claim.Kind);
    }

    [Fact]
    public void Extract_PartOf_NeverReachesIntoThePreviousParagraph()
    {
        var claims = ClaimExtractor.Default.Extract("1、某基金二季度增持甲公司 40.5 万股。\n\n2、某资管二季度增持科技股，其中增持乙公司 1200 万股。").ToArray();
        Assert.DoesNotContain(claims, c => c.Relations.Any(r => r.Kind == ClaimRelationKind.PartOf));
    }
}
