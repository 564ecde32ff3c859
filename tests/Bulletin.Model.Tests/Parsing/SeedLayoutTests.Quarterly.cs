// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Seed 001: a quarterly with nested contents, 文章来源 lines, a policy report and a contact block.</summary>
public sealed class SeedLayoutTests_Quarterly
{
    private const string Seed = "001";

    [CorpusFact]
    public void Parse_Masthead_IsRead()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(("大连数字贸易", "季刊", "大连市数字贸易协会秘书处", "内部资料"),
            (issue.Publication.Name, issue.Publication.Frequency, issue.Publication.Editor, issue.Publication.Classification));
        Assert.Equal((2026, 1, 14), (issue.Year, issue.Number, issue.CumulativeNumber));
    }

    [CorpusFact]
    public void Parse_Contents_AreNested()
    {
        var contents = Corpus.ParseSeed(Seed).Contents;
        Assert.Equal(["专家观点", "行业资讯", "政策报告", "协会动态"], contents.Select(e => e.Title));
        Assert.Equal([4, 8, 31, 36], contents.Select(e => e.FirstPage ?? 0));
        var industry = contents[1];
        Assert.Equal(["国内资讯", "国际资讯"], industry.Children.Select(e => e.Title));
        Assert.Equal([8, 18], industry.Children.Select(e => e.Page ?? 0));
        Assert.Equal([4, 5], industry.Children.Select(e => e.Children.Length));
    }

    [CorpusFact]
    public void Parse_Articles_StandUnderTheRightSectionWhateverTheirHeadingLevel()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(12, issue.EnumerateArticles().Count);
        Assert.Equal(["专家观点", "行业资讯", "政策报告", "协会动态"], issue.Sections.Select(s => s.Heading));
        var industry = issue.Sections[1];
        Assert.True(industry.IsFromContents);
        Assert.Equal(["国内资讯", "国际资讯"], industry.Sections.Select(s => s.Heading));
        Assert.Equal([4, 5], industry.Sections.Select(s => s.Articles.Length));
        Assert.All(issue.EnumerateContents().Where(e => e.Children.IsEmpty), e => Assert.NotNull(e.ArticleIndex));
    }

    [CorpusFact]
    public void Parse_SourceLines_ReporterAndDateline_AreRead()
    {
        var articles = Corpus.ParseSeed(Seed).EnumerateArticles();
        Assert.Equal("国际商报", articles[0].Source);
        Assert.Equal("中国新闻网", articles[1].Source);
        Assert.Equal("商务部网站", articles[10].Source);
        Assert.Contains(articles, a => a.Reporters.SequenceEqual(["谷业凯"]));
        var dateline = articles[2].Dateline!;
        Assert.Equal(("中新网", "嘉兴", PartialDate.Create(null, 2, 27)), (dateline.Agency, dateline.Place, dateline.Date!.Value));
        Assert.Equal(["黄彦君"], dateline.Reporters.ToArray());
        Assert.StartsWith("指尖轻点", articles[2].Blocks.First(b => b.Kind == BlockKind.Paragraph).Text, System.StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Parse_ContactBlock_IsRead()
    {
        var contact = Corpus.ParseSeed(Seed).Contact!;
        Assert.Equal("0411-84766033", contact.Phone);
        Assert.Equal("0411-84766619", contact.Fax);
        Assert.Equal("service@dldta.org.cn", contact.Email);
        Assert.StartsWith("大连市沙河口区数码广场 5 号", contact.Address, System.StringComparison.Ordinal);
        Assert.EndsWith("1106 室", contact.Address, System.StringComparison.Ordinal);
        Assert.Equal("www.dldta.cn", contact.Web);
        Assert.Equal("http://e.weibo.com/dlaoso", contact.Weibo);
    }

    [CorpusFact]
    public void Parse_PolicyReport_NumberedPartsAreHeadings()
    {
        var report = Corpus.ParseSeed(Seed).EnumerateArticles()[10];
        var headings = report.EnumerateHeadings().ToList();
        Assert.Equal(["一、", "二、", "三、", "四、", "五、", "六、", "七、"], headings.Where(h => h.Level == 1).Select(h => h.Number!));
        Assert.Equal(16, headings.Count(h => h.Level == 2));
        Assert.Equal(("（一）", "打造国家旅游品牌"), (headings[1].Number, headings[1].Text));
    }
}
