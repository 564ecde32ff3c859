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
