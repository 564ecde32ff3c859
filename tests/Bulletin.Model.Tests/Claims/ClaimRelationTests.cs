// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Relations inside a sentence: lists, conversions, from→to pairs, parts, totals and changes of a level.</summary>
public sealed class ClaimRelationTests
{
    private static QuantifiedClaim[] Extract(string text) => [.. ClaimExtractor.Default.Extract(text)];

    [Fact]
    public void Extract_List_LinksEachMemberToThePrevious()
    {
        var claims = Extract("三地分别增长 8%、6.5%和 18.4%。");
        Assert.Equal([ClaimRelationKind.ListMember], claims[1].Relations.Select(r => r.Kind));
        Assert.Equal(claims[1].Id, claims[2].Relations.Single().Other);
    }

    [Fact]
    public void Extract_Conversion_IsLinkedToTheAmountItConverts()
    {
        var claims = Extract("售价 3500 日元（约合 170 元人民币）。");
        var relation = Assert.Single(claims[1].Relations);
        Assert.Equal((ClaimRelationKind.ConversionOf, claims[0].Id), (relation.Kind, relation.Other));
    }

    [Fact]
    public void Extract_FromToPair_IsLinkedBothWays()
    {
        var claims = Extract("两年内投资由约 800 亿元跃升至 1200 亿元。");
        Assert.Equal((ClaimRelationKind.From, claims[1].Id), (claims[0].Relations.Single().Kind, claims[0].Relations.Single().Other));
        Assert.Equal((ClaimRelationKind.To, claims[0].Id), (claims[1].Relations.Single().Kind, claims[1].Relations.Single().Other));
    }

    [Theory]
    [InlineData("储备银行加息 50 个基点，将隔夜利率从 4.25% 上调至 4.75%。")]
    [InlineData("全市外贸增长 25%，由 120 亿元增至 150 亿元。")]
    [InlineData("用户数翻了 2 倍，从 300 万户增加到 900 万户。")]
    public void Extract_ChangeBeforeAFromToPair_IsTheChangeOfItsEnd(string sentence)
    {
        var claims = Extract(sentence);
        Assert.Equal((ClaimRelationKind.ChangeOf, claims[2].Id), (claims[0].Relations.Single().Kind, claims[0].Relations.Single().Other));
    }

    [Theory]
    // Another figure, or a sentence, between them: the change is not the pair's.
    [InlineData("储备银行加息 50 个基点。将隔夜利率从 4.25% 上调至 4.75%。")]
    [InlineData("出口增长 8%，进口额 30 亿元，库存由 12 万吨增至 15 万吨。")]
    public void Extract_ChangeApartFromAFromToPair_IsNotItsChange(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), c => c.Kind is ClaimKind.Pp or ClaimKind.Change && c.Relations.Any(r => r.Kind == ClaimRelationKind.ChangeOf));

    [Theory]
    [InlineData("民营企业约占 62%，外资企业占 30% 左右。", 2)]
    [InlineData("全市户籍人口中，城镇居民占比 58.1%，农村居民占比 41.9%。", 2)]
    [InlineData("第一产业增加值占地区生产总值的比重为 6.2%，第二产业增加值比重为 40.5%，第三产业增加值比重为 53.3%。", 3)]
    [InlineData("国有企业出口 120 亿元，占 20%，民营企业出口 420 亿元，占 70%。", 2)]
    public void Extract_SharesOfGroupsNamedAlikeClauseByClause_AreOfOneWhole(string sentence, int count)
    {
        var shares = Extract(sentence).Where(c => c.Kind == ClaimKind.Share).ToArray();
        Assert.Equal(count, shares.Length);
        for (var k = 1; k < shares.Length; k++)
        {
            Assert.Contains(new ClaimRelation(ClaimRelationKind.SameWholeAs, shares[k - 1].Id), shares[k].Relations);
        }
    }

    [Theory]
    // Two measures of one group, two wholes, two sentences, a list: not shares of one whole stated clause by clause.
    [InlineData("民营企业出口占比 60%，进口占比 50%。")]
    [InlineData("出口占全国的比重为 6%，进口占全省的比重为 30%。")]
    [InlineData("民营企业约占 62%。外资企业占 30% 左右。")]
    [InlineData("三类企业分别占 45.2%、40.1% 和 10.3%。")]
    public void Extract_SharesNotOfOneWholeClauseByClause_AreNotLinkedSo(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), c => c.Relations.Any(r => r.Kind == ClaimRelationKind.SameWholeAs));

    [Fact]
    public void Extract_BreakdownsByDimension_AreListsOfPartsOfTheTotalBefore()
    {
        var claims = Extract("全年全区社会消费品零售总额 820 亿元，增长 4%。按城乡分，城镇 700 亿元，增长 4.5%，乡村 120 亿元；分商品类别看，商品零售 730 亿元，餐饮收入 90 亿元。");
        var total = claims[0];
        var parts = claims.Where(c => c.Relations.Any(r => r.Kind == ClaimRelationKind.PartOf && r.Other == total.Id)).Select(c => c.Text);
        Assert.Equal(["700 亿元", "120 亿元", "730 亿元", "90 亿元"], parts);

        // Two breakdowns, two lists: the second opens a list of its own.
        var second = claims.Single(c => c.Text == "730 亿元");
        Assert.DoesNotContain(second.Relations, r => r.Kind == ClaimRelationKind.ListMember);
        Assert.Contains(claims.Single(c => c.Text == "90 亿元").Relations, r => r.Kind == ClaimRelationKind.ListMember && r.Other == second.Id);
    }

    [Theory]
    // Another measure (辆 against 人次), an amount of change, or no opener: not parts of that total.
    [InlineData("活动惠及 6900 万人次。分品类看，汽车换新 160 万辆，家电换新 2700 万台。")]
    [InlineData("全年出口 500 亿元，比上年增加 30 亿元。")]
    [InlineData("全年出口 500 亿元。东部 300 亿元，西部 150 亿元。")]
    public void Extract_LevelsWithoutABreakdownOfTheTotal_AreNotItsParts(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), c => c.Relations.Any(r => r.Kind == ClaimRelationKind.PartOf));

    [Theory]
    [InlineData("全区进出口总额 640 亿元，其中出口 400 亿元，增长 6%，进口 240 亿元。", true)]
    [InlineData("全区出入境人员 90 万人次，其中出境 50 万人次，入境 40 万人次。", true)]
    // Not the other part the whole names: a part of a part, or the same part again.
    [InlineData("全区进出口总额 640 亿元，其中出口 400 亿元，机电出口 240 亿元。", false)]
    public void Extract_TheOtherPartACompoundWholeNames_IsAPartAfterACommaToo(string sentence, bool linked)
    {
        var claims = Extract(sentence).Where(c => c.Kind != ClaimKind.Change).ToArray();
        Assert.Equal(linked, claims[2].Relations.Contains(new ClaimRelation(ClaimRelationKind.PartOf, claims[0].Id)));
        Assert.Equal(linked, claims[0].Relations.Count(r => r.Kind == ClaimRelationKind.TotalOf) == 2);
    }

    [Fact]
    public void Extract_PartAndTotal_AreLinked()
    {
        var claims = Extract("全年进口 500 亿元，其中能源进口 120 亿元。");
        Assert.Equal((ClaimRelationKind.PartOf, claims[0].Id), (claims[1].Relations.Single().Kind, claims[1].Relations.Single().Other));
        var totals = Extract("东部 30 亿元、西部 20 亿元，合计 50 亿元。");
        Assert.Equal([ClaimRelationKind.TotalOf, ClaimRelationKind.TotalOf], totals[2].Relations.Select(r => r.Kind));
    }

    [Fact]
    public void Extract_HardWrappedLine_StaysInItsSentence()
    {
        var claims = Extract("1—5月，进出口总额512.3亿元，其中出口\r\n318.2亿元，增长9.1%。\r\n");
        Assert.Equal((ClaimRelationKind.PartOf, claims[0].Id), (claims[1].Relations.Single().Kind, claims[1].Relations.Single().Other));
    }

    [Fact]
    public void Extract_ChangeAfterALevel_IsItsChange()
    {
        var claims = Extract("出口额 8935.4 亿元，增长 0.6%。");
        Assert.Equal((ClaimRelationKind.ChangeOf, claims[0].Id), (claims[1].Relations.Single().Kind, claims[1].Relations.Single().Other));
    }

    [Theory]
    // The breakdown 其中 opens goes on past a semicolon: each clause's first figure in the whole's unit is a part.
    [InlineData("货运量 900 万吨，其中，铁路 310 万吨，增长 2%；公路 450 万吨，下降 1%。", "450 万吨", "900 万吨")]
    [InlineData("税收 80 亿元，其中增值税 30 亿元；所得税 20 亿元；其他 10 亿元。", "10 亿元", "80 亿元")]
    // A part printed larger than its whole stays a part, for the validator to report.
    [InlineData("货运量 900 万吨，其中，铁路 310 万吨；公路 950 万吨。", "950 万吨", "900 万吨")]
    public void Extract_BreakdownAfterSemicolon_PartsKeepTheirWhole(string text, string part, string whole)
    {
        var claims = Extract(text);
        var relation = Assert.Single(claims.Single(c => c.Text == part).Relations, r => r.Kind == ClaimRelationKind.PartOf);
        Assert.Equal(claims.Single(c => c.Text == whole).Id, relation.Other);
    }

    [Theory]
    // A clause that names a whole of its own (a scope word, the whole's subject) ends the breakdown; so does a full stop.
    [InlineData("货运量 900 万吨，其中铁路 310 万吨；全省货运量 5200 万吨。", "5200 万吨")]
    [InlineData("货运量 900 万吨，其中铁路 310 万吨；港口货运量 1200 万吨。", "1200 万吨")]
    [InlineData("货运量 900 万吨，其中铁路 310 万吨。公路 450 万吨。", "450 万吨")]
    // With two levels in the unit before 其中, which one is broken down is a guess, not carried past the semicolon.
    [InlineData("营收 800 亿元；利润 120 亿元。其中，甲业务 90 亿元；乙业务 300 亿元。", "300 亿元")]
    public void Extract_FigureAfterTheBreakdown_IsNoPart(string text, string figure) =>
        Assert.DoesNotContain(Extract(text).Single(c => c.Text == figure).Relations, r => r.Kind == ClaimRelationKind.PartOf);

    [Theory]
    // A whole named as the sum of the parts it is broken into (进出口 = 出口 + 进口) is their total.
    [InlineData("进出口总额 520.6 亿元，其中，出口 331.2 亿元，增长 10.3%；进口 189.4 亿元。", 2)]
    [InlineData("出入境人员 12 万人次，其中出境 5 万人次、入境 7 万人次。", 2)]
    // A partial breakdown (one of the two parts, or a part the name does not hold) totals nothing.
    [InlineData("进出口总额 520.6 亿元，其中出口 331.2 亿元。", 0)]
    [InlineData("进出口总额 520.6 亿元，其中一般贸易 331.2 亿元、加工贸易 150 亿元。", 0)]
    public void Extract_CompoundWholeBrokenIntoItsParts_IsTheirTotal(string text, int parts) =>
        Assert.Equal(parts, Extract(text)[0].Relations.Count(r => r.Kind == ClaimRelationKind.TotalOf));
}
