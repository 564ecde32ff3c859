// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// Extraction allocates in proportion to the claims it finds, not to the text it reads (the claims issue's bar):
/// text without figures costs next to nothing, and twice the figures cost about twice as much. Bytes are counted on
/// the test's own thread, so the figures are exact and no timing is involved.
/// </summary>
public sealed class ClaimExtractorAllocationTests
{
    private const string Filler = "园区坚持创新驱动发展战略，持续优化营商环境，推动产业链上下游协同发展，服务企业的能力进一步增强。";

    private static string Figures(int count, int firstDistrict) => string.Concat(Enumerable.Range(firstDistrict, count).Select(i =>
        $"第{i}园区产值{i}.5亿元，同比增长{(i % 9) + 1}.2%。\n\n"));

    private static string Fill(int paragraphs) => string.Concat(Enumerable.Repeat(Filler + "\n\n", paragraphs));

    private static (long Bytes, int Claims) Measure(string text)
    {
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var lines = new LineMap(text);
        for (var i = 0; i < 3; i++)
        {
            ClaimExtractor.Extract(issue, text, lines);
        }

        const int Runs = 5;
        var claims = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
        {
            claims = ClaimExtractor.Extract(issue, text, lines).Length;
        }

        return ((GC.GetAllocatedBytesForCurrentThread() - before) / Runs, claims);
    }

    [Fact]
    public void TextWithoutFigures_AddsAlmostNothing()
    {
        var (figuresOnly, claims) = Measure("园区经济简报\n\n" + Figures(40, 1));
        var (withFiller, sameClaims) = Measure("园区经济简报\n\n" + Fill(100) + Figures(40, 1) + Fill(100));

        Assert.Equal(80, claims);
        Assert.Equal(claims, sameClaims);

        // Two hundred paragraphs of prose, eight times the text, for less than a tenth more.
        Assert.True(withFiller < figuresOnly * 1.1, $"{figuresOnly} B with the figures alone, {withFiller} B with the prose around them");
    }

    [Fact]
    public void TwiceTheFigures_CostAboutTwiceAsMuch()
    {
        var (once, claims) = Measure("园区经济简报\n\n" + Figures(40, 1));
        var (twice, twiceClaims) = Measure("园区经济简报\n\n" + Figures(80, 1));

        Assert.Equal(2 * claims, twiceClaims);
        Assert.InRange(twice / (double)once, 1.7, 2.3);

        // And a claim, its draft and its strings stay within a couple of kilobytes.
        Assert.True(twice / twiceClaims < 2048, $"{twice / twiceClaims} B a claim");
    }
}
