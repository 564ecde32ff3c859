// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;
using Bulletin.Model.Validation.Rules;
using CsCheck;

namespace Bulletin.Model.Tests.Validation.Rules;

/// <summary>
/// What the figure rules share: whether two names share a run of some length (BLT2111 tells a row's label in a subject
/// by it) and the claims a claim relates to.
/// </summary>
public sealed class FigureRuleTests
{
    [Theory]
    [InlineData("电子设备制造业", "制造业增加值", 3, true)]
    [InlineData("电子设备制造业", "制造业增加值", 4, false)]
    [InlineData("港口", "港口吞吐量", 2, true)]
    [InlineData("港口", "港口吞吐量", 3, false)]
    [InlineData("甲乙", "丙丁", 1, false)]
    [InlineData("甲乙", "丙丁", 0, true)]
    [InlineData("", "丙丁", 1, false)]
    [InlineData("abcabd", "xxabdabc", 3, true)]
    [InlineData("abcabd", "xxabdabc", 4, false)]
    public void SharesRun_IsWhetherTheLongestSharedRunReachesTheLength(string a, string b, int length, bool expected) =>
        Assert.Equal(expected, FigureRule.SharesRun(a, b, length));

    [Fact]
    public void SharesRun_IsWhatMeasuringFromEveryStartGives() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12], Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12], Gen.Int[0, 6])
            .Sample((a, b, length) => FigureRule.SharesRun(a, b, length) == (LongestRun(a, b) >= length));

    [Theory]
    [InlineData("全年货物进出口总额 500 亿元，其中出口 300 亿元、进口 200 亿元。")]
    [InlineData("甲国、乙国、丙国分别占 40%、35% 和 25%，合计 100%。")]
    [InlineData("海港市铁路货运量 310 万吨，比上年增长 4.2%，其中东区 120 万吨，西区 190 万吨。")]
    public void RelatedClaims_AreTheClaimsOfThatRelationInIdOrder(string text)
    {
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var context = new ValidationContext(issue, ValidationOptions.Default, []);
        foreach (var claim in issue.Claims)
        {
            foreach (var kind in Enum.GetValues<ClaimRelationKind>())
            {
                var listed = claim.Relations.Where(r => r.Kind == kind).Select(r => context.Claim(r.Other)).OfType<QuantifiedClaim>().ToList();
                Assert.Equal(listed.FirstOrDefault(), FigureRule.FirstRelated(context, claim, kind));
                var expected = listed.OrderBy(c => c.Id).ToList();
                for (var atLeast = 0; atLeast <= 3; atLeast++)
                {
                    var all = FigureRule.AllRelated(context, claim, kind, atLeast);
                    Assert.Equal(expected.Count >= atLeast ? expected : null, all);
                }
            }
        }
    }

    // The longest run of characters two texts share, measured from every pair of starts.
    internal static int LongestRun(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k])
                {
                    k++;
                }

                best = Math.Max(best, k);
            }
        }

        return best;
    }
}
