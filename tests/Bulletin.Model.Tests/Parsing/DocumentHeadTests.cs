// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using NodaTime;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>
/// The masthead from wherever a document states it: front matter, a headline with the edition's date or number,
/// date lines, ROC years, a report's title page. Our own documents.
/// </summary>
public sealed class DocumentHeadTests
{
    [Fact]
    public void FrontMatter_IsMetadata_NeverBody_EvenAfterBlankLines()
    {
        const string text = "\n\n---\ntitle: '海港季度经济简况'\ncategories:\n - 经济\n - 海港\ndate: 2025-07-02 08:30:00\n---\n\n海港季度经济简况\n\n上半年全市生产总值增长5.1%。\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal("海港季度经济简况", issue.Title);
        Assert.Equal(new LocalDate(2025, 7, 2), issue.PublishedOn);
        Assert.Equal(2025, issue.Year);
        Assert.Equal(new LocalDateTime(2025, 7, 2, 8, 30), issue.EnumerateArticles()[0].PublishedAt);
        Assert.DoesNotContain(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => b.Text.Contains("categories", System.StringComparison.Ordinal));
        Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.Metadata && s.Text.Contains("title:", System.StringComparison.Ordinal));
        Assert.DoesNotContain(issue.Claims, c => c.Span.Line < 10);
    }

    [Fact]
    public void FrontMatter_WithAnRfc1123Date_IsRead()
    {
        var issue = BulletinParser.Default.Parse("---\ntitle: 季度简报\ndate: Tue, 01 Apr 2025 02:15:00 GMT\n---\n\n正文一段。\n").GetValueOrThrow();

        Assert.Equal(new LocalDate(2025, 4, 1), issue.PublishedOn);
    }

    [Fact]
    public void ARuleThatIsNotYaml_IsNotFrontMatter()
    {
        var issue = BulletinParser.Default.Parse("---\n这不是元数据，只是一段正文。\n---\n\n第二段。\n").GetValueOrThrow();

        Assert.Null(issue.Title);
        Assert.Contains(issue.EnumerateArticles(), a => (a.Title ?? string.Empty).Contains("这不是元数据", System.StringComparison.Ordinal) ||
            a.Blocks.Any(b => b.Text.Contains("这不是元数据", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(issue.SideMatter, s => s.Kind == SideMatterKind.Metadata);
    }

    [Theory]
    [InlineData("# 海港晨报2025年3月4日星期二", "海港晨报", 2025, 3, 4)]
    [InlineData("滨江财经日报 2024年12月30日（星期一）", "滨江财经日报", 2024, 12, 30)]
    [InlineData("# 江城午间快讯2026-01-05", "江城午间快讯", 2026, 1, 5)]
    public void HeadlineWithADate_GivesTheEditionsNameAndDate(string headline, string name, int year, int month, int day)
    {
        var issue = BulletinParser.Default.Parse(headline + "\n\n### 要闻\n\n1、市场平稳运行。\n").GetValueOrThrow();

        Assert.Equal(name, issue.Publication.Name);
        Assert.Equal(new LocalDate(year, month, day), issue.PublishedOn);
        Assert.Equal(DocumentKind.BulletinIssue, issue.Kind);
    }

    [Fact]
    public void HeadlineWithANumber_TheNameIsWhatStandsBeforeIt()
    {
        var issue = BulletinParser.Default.Parse("# 数码观察周刊（第 52 期）：夏天的电池\n\n这里是本周内容。\n\n## 新闻\n\n一条新闻。\n").GetValueOrThrow();

        Assert.Equal("数码观察周刊", issue.Publication.Name);
        Assert.Equal(52, issue.Number);
        Assert.Equal("周刊", issue.Publication.Frequency);
    }

    [Theory]
    [InlineData("发布时间：2025-09-10 17:45", 2025, 9, 10)]
    [InlineData("時間：中華民國112年5月2日（星期二）10時30分", 2023, 5, 2)]
    [InlineData("日期: 2024/11/08", 2024, 11, 8)]
    public void DateLines_GiveTheDocumentsDate(string line, int year, int month, int day)
    {
        var issue = BulletinParser.Default.Parse($"海港市召开年度工作会议纪要\n\n{line}\n\n会议听取了各部门汇报。\n\n会议决定继续推进重点项目。\n").GetValueOrThrow();

        Assert.Equal(new LocalDate(year, month, day), issue.PublishedOn);
    }

    [Fact]
    public void ReportTitlePage_GivesTitleDateSpeakerAndKind_AndChromeStaysOut()
    {
        const string text = "打印\n【字号：\n加大\n还原\n减小\n】\n2025年海港市政府工作报告\n2025年1月9日在海港市第三届人民代表大会第五次会议上\n来源：海港日报\n时间：2025-01-12\n海港市市长 周明远\n各位代表：\n现在我代表市人民政府作报告。\n一、2024年工作回顾\n全市生产总值增长5.3%。\n二、2025年主要任务\n今年全市生产总值预期增长5%左右。\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(DocumentKind.Report, issue.Kind);
        Assert.Equal("2025年海港市政府工作报告", issue.Title);
        Assert.Equal(new LocalDate(2025, 1, 9), issue.PublishedOn);
        var first = issue.EnumerateArticles()[0];
        Assert.Equal("周明远", first.Authors.Single().Name);
        Assert.Equal("海港市市长", first.Authors.Single().Role);
        Assert.Equal("海港日报", first.Source);
        Assert.Equal(6, issue.SideMatter.Count(s => s.Kind == SideMatterKind.PageChrome));
        Assert.DoesNotContain(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => b.Text.Contains("减小", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ReportChapters_AreTheOutline_AndTheReportStaysOneArticle()
    {
        const string text = "2025年海港市政府工作报告\n2025年1月9日在海港市第三届人民代表大会第五次会议上\n各位代表：\n现在我代表市人民政府作报告。\n一、2024年工作回顾\n全市生产总值增长5.3%。\n（一）产业升级。新增企业1200家。\n二、2025年主要任务\n全市生产总值预期增长5%左右。\n附注：\n一、指标解释\n生产总值按不变价计算。\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(["2024年工作回顾", "2025年主要任务", "附注"], issue.Sections.Select(s => s.Heading));
        Assert.Equal(["指标解释"], issue.Sections[2].Sections.Select(s => s.Heading));
        var article = Assert.Single(issue.EnumerateArticles());
        Assert.Contains(article.Blocks, b => b is { Kind: BlockKind.Heading, Text: "2024年工作回顾", Number: "一、" });
        Assert.Equal("2024", issue.Claims.First(c => c.Text == "5.3%").Period?.Text);
        Assert.Equal("2025", issue.Claims.First(c => c.Text == "5%左右").Period?.Text);
    }

    // A communiqué names its issuing bodies and its date under its title; the date is the document's, not its
    // figures' period, which the title states: 全年 is 2024 in a communiqué on 2024 issued in 2025.
    [Theory]
    [InlineData("\n", "海港市统计局", "2025年3月10日")]
    [InlineData("\n\n", "海港市统计局", "（2025年3月10日）")]
    [InlineData("\n", "海港市统计局　国家统计局海港调查队", "2025年3月10日")]
    [InlineData("\n\n", "海港市统计局　国家统计局海港调查队", "(2025年3月10日)")]
    public void CommuniqueHead_GivesIssuingBodiesAndDate_AndTheTitleGivesThePeriod(string breakBetween, string bodies, string dateLine)
    {
        var text = string.Join(breakBetween, "海港市2024年国民经济和社会发展统计公报", bodies, dateLine, "一、综合",
            "初步核算，全年全市地区生产总值1234.5亿元，比上年增长5.2%。", "二、农业", "全年粮食种植面积45.6万亩，比上年减少0.5万亩。") + "\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(DocumentKind.Report, issue.Kind);
        Assert.Equal(bodies, issue.Publication.Publisher);
        Assert.Equal(new LocalDate(2025, 3, 10), issue.PublishedOn);
        Assert.Equal(["综合", "农业"], issue.Sections.Select(s => s.Heading));
        Assert.All(issue.Claims, c => Assert.Equal("2024", c.Period?.Text));
        Assert.DoesNotContain(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => b.Text.Contains("统计局", System.StringComparison.Ordinal));
    }

    // A notice signed at its end by the office that issues it, and dated under the signature: both the document's,
    // not its text. A last line that is no date, or a signature above other text, stays text.
    [Theory]
    [InlineData("海港市人民政府办公室\n2025年3月10日\n", "海港市人民政府办公室", true)]
    [InlineData("\n海港市人民政府办公室\n\n（2025年3月10日）\n", "海港市人民政府办公室", true)]
    [InlineData("\n海港市人民政府办公室\n2025年3月10日\n\n（此件公开发布）\n\n分享到：\n微信\n微博\n", "海港市人民政府办公室", true)]
    [InlineData("\n海港市人民政府办公室\n2025年3月10日\n", "海港市人民政府办公室", true)]
    [InlineData("海港市人民政府办公室\n特此通知。\n", null, false)]
    [InlineData("2025年3月10日\n海港市人民政府办公室\n", null, false)]
    public void ANoticesClosingSignature_IsItsPublisherAndDate(string closing, string? publisher, bool dated)
    {
        var text = "关于开展安全生产大检查的通知\n各区县人民政府，市政府各部门：\n为切实做好今年安全生产工作，经市政府同意，决定在全市开展安全生产大检查。\n" + closing;

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(publisher, issue.Publication.Publisher);
        Assert.Equal(dated ? new LocalDate(2025, 3, 10) : null, issue.PublishedOn);
        Assert.Equal(dated, !issue.EnumerateArticles().SelectMany(a => a.Blocks).Any(b => b.Text.Contains("办公室", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void StatisticsRelease_OfTablesWithUnitLines_IsAReport_AndItsTableGroupsAreChapters()
    {
        const string text = "工  业\n单位：亿元\n指  标 | 1-6月 | 增长（%）\n产值 | 820.5 | 4.1\n\n投  资\n单位：亿元\n指  标 | 1-6月 | 增长（%）\n固定资产投资 | 310.0 | -2.0\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(DocumentKind.Report, issue.Kind);
        Assert.Equal(["工  业", "投  资"], issue.Sections.Select(s => s.Heading));
        Assert.Equal(4, issue.Claims.Length);
    }

    [Theory]
    [InlineData("海港市市长 周明远", "现在我代表市人民政府作报告。", "海港市人民政府")]
    [InlineData("临江县县长 吴建平", "现在，我代表县人民政府向大会报告工作。", "临江县人民政府")]
    [InlineData("海港市市长 周明远", "我代表海港市人民政府，向大会报告工作。", "海港市人民政府")]
    [InlineData("国务院总理 李明", "现在，我代表国务院，向大会报告政府工作。", "国务院")]
    [InlineData("海港市市长 周明远", "现在我代表政府作报告。", null)]
    [InlineData("海港市市长 周明远", "我代表全市人民向大家问好。", null)]
    [InlineData("临江县县长 吴建平", "现在我代表市人民政府作报告。", null)]
    public void AReportDeliveredOnBehalfOfAGovernment_HasItAsPublisher(string speaker, string line, string? publisher)
    {
        var text = $"2025年海港市政府工作报告\n2025年1月9日在第三届人民代表大会第五次会议上\n{speaker}\n各位代表：\n{line}\n一、2024年工作回顾\n全市生产总值增长5.3%。\n二、2025年主要任务\n全市生产总值预期增长5%左右。\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(publisher, issue.Publication.Publisher);
    }

    private const string TodayPage = "海港图书馆新馆开放\n海港新闻：今天（4月16日），海港图书馆新馆开放，馆藏图书120万册。\n\n--------------------\n\n海港一季度外贸增长\n海港新闻：海港海关今天（4月16日）发布2026年一季度数据，出口增长6.2%。到2035年，外贸规模将翻番。\n\n--------------------\n\n海港地铁三号线开通\n海港新闻：今天（4月16日），地铁三号线开通，全长26公里。\n";

    [Fact]
    public void ANewsPageWhoseItemsSayWhatDayTodayIs_IsOfThatDay_InTheYearTheyReport()
    {
        var issue = BulletinParser.Default.Parse(TodayPage).GetValueOrThrow();

        Assert.Equal(new LocalDate(2026, 4, 16), issue.PublishedOn);
    }

    [Theory]
    [InlineData("今天（4月16日），地铁三号线开通", "今天（4月17日），地铁三号线开通")]
    [InlineData("发布2026年一季度数据", "发布数据")]
    public void ANewsPageOfSeveralDays_OrOfNoYear_StaysUndated(string replaced, string by)
    {
        var issue = BulletinParser.Default.Parse(TodayPage.Replace(replaced, by, System.StringComparison.Ordinal)).GetValueOrThrow();

        Assert.Null(issue.PublishedOn);
    }

    private const string NoticePage = """
        当前位置：首页 > 政务公开 > 通知公告

        海港市商务局关于做好2026年外贸企业培训工作的通知

        发布时间：2026-02-09 15:30　　来源：市商务局　　浏览次数：866

        【字号：
        大
        中
        小
        】
        打印
        关闭

        各区商务主管部门：

        为提升外贸企业经营能力，今年计划组织培训12期，培训企业300家以上。

        海港市商务局
        2026年2月6日

        （此件主动公开）

        分享到：
        微信
        微博
        扫一扫在手机打开当前页
        """;

    // A web page's notice: its breadcrumb, buttons and counters are the page's; the title, the posting time and the
    // source beside it, and the signature at its end are the notice's.
    [Fact]
    public void ANoticeOnAWebPage_HasItsTitleTimeSourceAndSignature_AndThePageStaysOut()
    {
        var issue = BulletinParser.Default.Parse(NoticePage).GetValueOrThrow();
        var article = Assert.Single(issue.EnumerateArticles());

        Assert.Equal(DocumentKind.Article, issue.Kind);
        Assert.Equal("海港市商务局关于做好2026年外贸企业培训工作的通知", article.Title);
        Assert.Equal("市商务局", article.Source);
        Assert.Equal(new NodaTime.LocalDateTime(2026, 2, 9, 15, 30), article.PublishedAt);
        Assert.Equal(new LocalDate(2026, 2, 9), issue.PublishedOn);
        Assert.Equal("海港市商务局", issue.Publication.Publisher);
        Assert.Equal(["各区商务主管部门：", "为提升外贸企业经营能力，今年计划组织培训12期，培训企业300家以上。", "（此件主动公开）"], article.Blocks.Select(b => b.Text));
        Assert.Equal(3, issue.SideMatter.Count(s => s.Kind == SideMatterKind.PageChrome));
    }

    [Theory]
    [InlineData("【字号：大 中 小】 打印 关闭", true)]
    [InlineData("分享到：微信 微博", true)]
    [InlineData("【打印本页】【关闭窗口】", true)]
    [InlineData("当前位置：首页 > 新闻中心 > 工作动态", true)]
    [InlineData("首页 >> 政务公开", true)]
    [InlineData("您现在的位置：首页›通知公告", true)]
    [InlineData("大中小企业", false)]
    [InlineData("首页设计大赛获奖作品", false)]
    [InlineData("首页 > 新闻，点击查看", false)]
    public void PageButtonsAndBreadcrumbs_AreChrome_WordsOfTheTextAreNot(string line, bool chrome)
    {
        var issue = BulletinParser.Default.Parse("海港市商务局关于开展培训的通知\n\n" + line + "\n\n今年计划组织培训12期。\n").GetValueOrThrow();

        Assert.Equal(chrome, issue.SideMatter.Any(s => s.Kind == SideMatterKind.PageChrome && s.Text == line));
        Assert.Equal(!chrome, issue.EnumerateArticles().SelectMany(a => a.Blocks).Any(b => b.Text == line));
    }
}
