// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Numbers as PDF converters leave them in papers: LaTeX inline math with spaced digits. Our own sentences.</summary>
public sealed class ConvertedPaperTests
{
    [Theory]
    [InlineData("检测准确率提高到 $9 2 . 4 5 \\%$ ，优于基线。", "9 2 . 4 5 \\%", 92.45)]
    [InlineData("其中 $35 \\%$ 的样本来自公开数据集。", "35 \\%", 35)]
    [InlineData("误差降至 $0 . 8 \\%$ 以内。", "0 . 8 \\%", 0.8)]
    public void SpacedDigitsInInlineMath_AreOneNumber(string sentence, string text, decimal value)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).Single(c => c.Unit == "%");

        Assert.Equal(text, claim.Text);
        Assert.Equal(value, System.Math.Abs(claim.Value!.Value));
    }

    // A paper: its front matter (摘要, 关键词) and its references make the parser read it as one.
    private const string Paper = """
        # 一种改进的图像检索方法

        张三，李四

        （海港大学 信息学院，海港 310000）

        摘要：本文提出一种图像检索方法。

        关键词：图像检索；特征融合

        ## 1 引言

        {0}

        ## 参考文献

        [1] 王五. 图像检索综述[J]. 计算机学报, 2020, 43(1): 1-10.
        """;

    [Theory]
    [InlineData("在测试集上，检索精度达到 $8 4 . 1 1 \\%$ ，误检为 $5 . 0 8 \\%$ 。", "percent", "percent")]
    [InlineData("其中 $35 \\%$ 的样本来自公开数据集，占比 $20 \\%$ 的样本用于测试。", "share", "share")]
    [InlineData("80%以上参与者缺乏训练，训练后误差为 $0 . 8 \\%$ 。", "share", "percent")]
    [InlineData("误差范围为 $6 . 1 3 \\%$ 到 $6 . 6 9 \\%$ ，特征 $\\alpha$ 的 $60 \\%$ 来自前半。", "percent", "share")]
    public void PercentagesOfAPaper_AreMeasurementsUnlessAWordMakesThemShares(string sentence, string first, string second)
    {
        var issue = Bulletin.Model.Parsing.BulletinParser.Default.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Paper, sentence)).GetValueOrThrow();
        Assert.Equal(DocumentKind.Paper, issue.Kind);

        var kinds = issue.Claims.Where(c => c.Unit == "%").Select(c => c.Kind.ToString().ToLowerInvariant()).ToArray();
        Assert.Equal([first, second], kinds);
    }

    [Theory]
    [InlineData("3、资本利润率=净利润÷平均资本×100%，单位：%。", null)]
    [InlineData("5、存货周转天数=360×平均存货÷营业成本×累计月数÷12，单位：天。", null)]
    [InlineData("其中人均产出=产出÷从业人数，全年人均产出 12 万元。", "12 万元")]
    [InlineData("面积为 3×4 米。", "4 米")]
    public void FactorsOfAFormula_AreNotFigures(string sentence, string? only)
    {
        var texts = ClaimExtractor.Default.Extract(sentence).Select(c => c.Text).ToArray();
        Assert.Equal(only is null ? [] : [only], texts);
    }

    [Fact]
    public void SectionNumbersGluedToTheirTitles_AreNotFigures()
    {
        var document = string.Format(System.Globalization.CultureInfo.InvariantCulture, Paper, "共有 12 个样本组。\n\n# 2实验设置\n\n# 2.1YMU数据集\n\n# 2.2三种方法\n\n实验重复 5 次。");
        var issue = Bulletin.Model.Parsing.BulletinParser.Default.Parse(document).GetValueOrThrow();

        Assert.Equal([12m, 5m], issue.Claims.Select(c => c.Value!.Value));
        var headings = issue.EnumerateArticles()[0].Blocks.Where(b => b.Kind == BlockKind.Heading).ToArray();
        Assert.Equal(["1", "2", "2.1", "2.2"], headings.Where(h => h.Number is not null).Select(h => h.Number));
        Assert.Contains(headings, h => h.Text == "实验设置");
    }

    [Fact]
    public void BarePercentagesOfABulletin_AreShares() =>
        Assert.Equal(ClaimKind.Share, Assert.Single(ClaimExtractor.Default.Extract("东区达到 84.1%。")).Kind);

    [Fact]
    public void SpacedDigitsOutsideMath_AreNotJoined()
    {
        var claims = ClaimExtractor.Default.Extract("共有 3 4 个样本组。");

        Assert.DoesNotContain(claims, c => c.Value == 34m);
    }

    [Theory]
    [InlineData("实验在主频为 $3 . 4 0 \\mathrm { G H z }$ 的处理器上进行。", "3 . 4 0 \\mathrm { G H z }", 3.4, "Frequency.Gigahertz")]
    [InlineData("实验在主频为 $2 . 5 \\mathrm{GHz}$ 的处理器上进行。", "2 . 5 \\mathrm{GHz}", 2.5, "Frequency.Gigahertz")]
    public void AnUprightUnitInMath_IsTheFiguresUnit(string sentence, string text, double value, string unit)
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract(sentence));

        Assert.Equal((text, (decimal)value, unit), (claim.Text, claim.Value!.Value, claim.Unit));
    }

    [Fact]
    public void ABareNumberJoinedToOneWithAMeasureWord_CountsInIt()
    {
        var claims = ClaimExtractor.Default.Extract("两种算法分别在50和80次迭代之后收敛，样本包括4574女性和5426 男性。");

        Assert.Equal(["50|次", "80次|次", "4574女性|女性", "5426 男性|男性"], claims.Select(c => $"{c.Text}|{c.Measure}"));
    }

    [Theory]
    [InlineData("2020和2021年出口增长。")]
    [InlineData("1和2号线同时开通。")]
    [InlineData("第3和4季度的数据。")]
    public void ABareNumberJoinedToAYearOrAName_IsNoCount(string sentence) =>
        Assert.DoesNotContain(ClaimExtractor.Default.Extract(sentence), c => c.Kind == ClaimKind.Count);

    [Theory]
    [InlineData("实验在 16GB 内存的64位操作系统上进行。", "16GB")]
    [InlineData("会议共有64位专家参加。", "64位")]
    public void AWordWidth_IsNoCount_ButPeopleAre(string sentence, string only) =>
        Assert.Equal([only], ClaimExtractor.Default.Extract(sentence).Select(c => c.Text));

    [Theory]
    [InlineData("本文将等效错误率从 $20 \\%$ 减少到了 $6 . 3 6 \\%$ 。", "6 . 3 6 \\%")]
    [InlineData("误差减少到了6.36%。", "6.36%")]
    public void AFigureAChangeLeadsTo_IsALevel_PastItsParticle(string sentence, string text) =>
        Assert.NotEqual(ClaimKind.Change, ClaimExtractor.Default.Extract(sentence).Single(c => c.Text == text).Kind);

    [Theory]
    [InlineData("匹配精度略微减少 $( < 1 \\%$ 识别率)。", "< 1 \\%", "change", -1, "under")]
    [InlineData("误差≤5%的样本占多数。", "≤5%", "share", 5, "atMost")]
    [InlineData("召回率 $\\geq$ 不变，准确率 > 90% 。", "> 90%", "percent", 90, "over")]
    public void AComparisonSignBeforeAFigure_IsItsQualifier(string sentence, string text, string kind, double value, string qualifier)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).Single(c => c.Text == text);

        Assert.Equal((kind, (decimal)value, qualifier), (Camel(claim.Kind.ToString()), claim.Value!.Value, Camel(claim.Qualifier.ToString())));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [Fact]
    public void AnAngleBracketOfATag_IsNoQualifier() =>
        Assert.Equal(ClaimQualifier.Exact, ClaimExtractor.Default.Extract("<td>5万元</td>").Single().Qualifier);

    [Theory]
    [InlineData("他预期10年后，公司的日营收可以达到500万元。", "10年|duration")]
    [InlineData("10年前，数据标注公司常落户于中西部地区。", "")]
    [InlineData("他10年后才回到家乡。", "")]
    public void AForecastsHorizon_IsALengthOfTime_AnOffsetElseIsNone(string sentence, string durations) =>
        Assert.Equal(durations, string.Join(",", ClaimExtractor.Default.Extract(sentence).Where(c => c.Kind == ClaimKind.Duration).Select(c => $"{c.Text}|duration")));

    [Theory]
    [InlineData("图像(10K:4574女性)", "10K", 10000)]
    [InlineData("训练集含50K）条样本", "50K", 50000)]
    public void AThousandWrittenK_BeforeAStop_IsACount(string sentence, string text, int value) =>
        Assert.Contains(ClaimExtractor.Default.Extract(sentence), c => c.Text == text && c.Value == value && c.Kind == ClaimKind.Count);

    [Theory]
    [InlineData("支持4K，8K视频播放。")]
    [InlineData("10KB的文件。")]
    public void AResolutionOrAUnit_IsNoThousand(string sentence) =>
        Assert.DoesNotContain(ClaimExtractor.Default.Extract(sentence), c => c.Kind == ClaimKind.Count);
}
