// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using NodaTime;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Periods in the CLAIMS-SPEC form, with relative words resolved against the issue's date.</summary>
public sealed class ClaimPeriodTests
{
    [Theory]
    [InlineData("2025 年 1—11 月，出口额 120 亿元。", "2025-01/2025-11")]
    [InlineData("截至 2025 年 11 月底，从业人员 1743.5 万人。", "asof 2025-11-30")]
    [InlineData("截至 2025 年底，累计备案 748 款。", "asof 2025-12-31")]
    [InlineData("到 2030 年，用电量将达到 945 太瓦时。", "by 2030")]
    [InlineData("截至2025年第三季度，形成数据集超过500个。", "asof 2025Q3")]
    [InlineData("2024至2025年，支出增幅均超50%。", "2024/2025")]
    [InlineData("“十四五”期间，贷款超 9000 亿元。", "2021/2025")]
    [InlineData("2024年初日均消耗量1000亿。", "2024-01")]
    [InlineData("2025年12月，用量突破50万亿。", "2025-12")]
    [InlineData("今年将新增 20 个场景。", "今年")]
    public void Extract_PeriodWords_GiveThePeriod(string sentence, string expected)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).Last();
        Assert.Equal(expected, claim.Period?.Text);
    }

    [Fact]
    public void Parse_RelativeYearAndBareMonth_ResolveAgainstTheIssueDate()
    {
        const string doc = "# 测试简报\n\n2024 年第 5 期\n\n测试协会\n\n2024 年 9 月 10 日\n\n# 八月外贸\n\n8月，出口增长 5.2%。今年以来，进口增长 3.1%。\n";
        var issue = BulletinParser.Default.Parse(doc).GetValueOrThrow();
        var august = issue.Claims.Single(c => c.Value == 5.2m).Period!;
        Assert.Equal(("2024-08", new LocalDate(2024, 8, 1), new LocalDate(2024, 8, 31)), (august.Text, august.Start!.Value, august.End!.Value));
        var thisYear = issue.Claims.Single(c => c.Value == 3.1m).Period!;
        Assert.Equal(("今年", new LocalDate(2024, 1, 1)), (thisYear.Text, thisYear.Start!.Value));
    }

    [Theory]
    [InlineData("预计明年出口将增长 5%。", ClaimModality.Forecast)]
    [InlineData("力争全年产值突破 100 亿元。", ClaimModality.Target)]
    [InlineData("去年出口增长 5%。", ClaimModality.Actual)]
    // 将 before its object marks what was acted on (as 把 does); before a verb or a time, it is the future.
    [InlineData("储备银行将隔夜利率下调至 3.1%。", ClaimModality.Actual)]
    [InlineData("董事会将派息比例提高到 40%。", ClaimModality.Actual)]
    [InlineData("工厂产能将提升至 200 万吨。", ClaimModality.Forecast)]
    [InlineData("集团将于明年将产能提升至 200 万吨。", ClaimModality.Forecast)]
    [InlineData("该市将在年内把产能提升至 200 万吨。", ClaimModality.Forecast)]
    public void Extract_ModalityWords_GiveTheModality(string sentence, ClaimModality expected) =>
        Assert.Equal(expected, ClaimExtractor.Default.Extract(sentence).Single().Modality);

    [Theory]
    [InlineData("城镇居民约占全市人口的 70%。", ClaimQualifier.Approx)]
    [InlineData("城镇居民占全市人口的 70%。", ClaimQualifier.Exact)]
    [InlineData("签约占比达到 70%。", ClaimQualifier.Exact)]
    public void Extract_约占_MakesTheShareApproximate(string sentence, ClaimQualifier expected) =>
        Assert.Equal(expected, ClaimExtractor.Default.Extract(sentence).Single().Qualifier);
}
