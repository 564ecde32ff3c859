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
}
