// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using CsCheck;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Parsing any string never throws, and every span it reports lies inside the input.</summary>
public sealed class BulletinParserPropertyTests
{
    private static readonly Gen<string> s_bulletinish = Gen.String[Gen.Char[
        "0123456789０１２ .,，。、；：:()（）【】●/#-*|\n\n\n年第期总月日万亿元%％转自来源记者新华社电印送目录摘要关键词[]^…·"], 0, 400];

    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public void Parse_AnyString_NeverThrowsAndKeepsSpansInside() =>
        Gen.OneOf(Gen.String, s_bulletinish).Sample(text =>
        {
            var result = BulletinParser.Default.Parse(text);
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= text.Length));
            if (result.Value is { } issue)
            {
                Assert.All(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => Assert.True(b.Span.End <= text.Length));
            }
        }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(3000));

    // Whole lines of the forms the layout tells apart (digest attribution lines, links, agenda headings and items,
    // aligned and ｜-ruled rows, contents with white leaders, issuing bodies, lone dates, signatures), in any order,
    // with any breaks between them and some of them cut short.
    private static readonly string[] s_layoutLines =
    [
        "来源：海港日报　发布时间：2025-04-18 09:30　栏目：经济", "来源：　发布时间：", "来源：海港晚报  栏目：", "https://example.com/a.html",
        "讨论事项", "二、報告事項：", "一、本会第一案：海港市自治条例修正草案。", "决定：照案通过。", "指标名称      单位      绝对数",
        "地区生产总值      亿元      1234.5      5.2", "  第一产业      亿元        56.7", "目  录", "园区招商          1", "外贸形势 ..... 3",
        "海港市统计局　国家统计局海港调查队", "2025年3月10日", "（2025年3月10日）", "｜项目｜2024年｜增减%｜", "｜甲｜1.5｜-2｜", "单位：新台币亿元",
        "美元指数跌0.3%至98.76", "中華民國113年3月15日", "第12卷　第3期", "海港市发展和改革委员会编　2025年6月16日", "【宏观经济】",
        "一季度全市经济开局良好", "今年前4个月，产量10.2万辆，增长35.6%。", "", "　", "|", "｜", "  ", "指数", "点",
    ];

    private static readonly Gen<string> s_layouts =
        Gen.Select(Gen.Int[0, s_layoutLines.Length - 1], Gen.Int[0, 3], (line, cut) =>
                cut == 0 ? s_layoutLines[line][..(s_layoutLines[line].Length / 2)] : s_layoutLines[line])
            .Array[0, 40]
            .Select(Gen.Int[0, 2].Array[40], (lines, breaks) =>
                string.Concat(lines.Select((l, i) => l + (breaks[i] switch { 0 => "\n", 1 => "\n\n", _ => "\r\n" }))));

    [Fact]
    public void Parse_AnyArrangementOfLayoutLines_NeverThrowsKeepsSpansInsideAndRoundTrips() =>
        s_layouts.Sample(text =>
        {
            var result = BulletinParser.Default.Parse(text);
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= text.Length));
            if (result.Value is { } issue)
            {
                Assert.All(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => Assert.True(b.Span.End <= text.Length));
                Assert.All(issue.Claims, c => Assert.True(c.Span.End <= text.Length));
                Assert.Equal(issue, Bulletin.Model.Serialization.BulletinJson.Deserialize(Bulletin.Model.Serialization.BulletinJson.Serialize(issue)));
            }
        }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(1000));

    [Fact]
    public void SerializeThenDeserialize_AnyParsedString_GivesAnEqualIssue() =>
        s_bulletinish.Sample(text =>
        {
            if (BulletinParser.Default.Parse(text).Value is { } issue)
            {
                Assert.Equal(issue, Bulletin.Model.Serialization.BulletinJson.Deserialize(Bulletin.Model.Serialization.BulletinJson.Serialize(issue)));
            }
        }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(500));
}
