// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using System.Text;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Bad input gives a result with diagnostics, never an exception.</summary>
public sealed class BadInputTests
{
    private const string Bulletin = "# 测试简报\n\n2026 年第 1 期（总第 9 期）\n\n测试协会\n\n## 【动态】\n\n# 第一篇文章\n\n今年一季度，进出口总额 120.5 亿元，增长 3.2%。\n\n（转自测试日报）\n";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t\u3000 \n")]
    [InlineData("\u2028\u2003\n\u3000")]
    [InlineData("\u2029\u00A0\u200B\uFEFF\u2060\u1680")]
    public void Parse_EmptyOrWhiteSpace_FailsWithEmptyInput(string text)
    {
        var result = BulletinParser.Default.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.EmptyInput && d.Severity == DiagnosticSeverity.Error);
        Assert.Throws<BulletinFormatException>(() => result.GetValueOrThrow());
    }

    // Code units, not strings: a lone surrogate does not survive the test runner's serialization of string data.
    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xDBFF, 0xDBFF)]
    public void Parse_LoneSurrogate_IsReplacedAndReportedSoTheIssueRoundTrips(params int[] units)
    {
        var half = new string(Array.ConvertAll(units, u => (char)u));
        var text = Bulletin.Replace("今年一季度", "今年" + half + "一季度", StringComparison.Ordinal);

        var result = BulletinParser.Default.Parse(text);

        var issue = result.GetValueOrThrow();
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.LoneSurrogate && d.Message.Contains(half.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var json = BulletinJson.Serialize(issue);
        Assert.Equal(issue, BulletinJson.Deserialize(json));
        Assert.DoesNotContain(issue.EnumerateArticles().SelectMany(a => a.Blocks).SelectMany(b => b.Text), char.IsSurrogate);
    }

    [Fact]
    public void Diagnostic_QuotingAHugeTitle_QuotesOnlyAnExcerpt()
    {
        var title = new string('标', 1_000_000);

        var diagnostic = DiagnosticFactory.Create(DiagnosticIds.UnmatchedContentsEntry, DiagnosticSeverity.Warning, default, title);

        Assert.InRange(diagnostic.Message.Length, 120, 1_000);
        Assert.Contains("标标…", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SurrogatePair_IsKeptWhole()
    {
        var text = Bulletin.Replace("今年一季度", "今年😀一季度", StringComparison.Ordinal);

        var result = BulletinParser.Default.Parse(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.LoneSurrogate);
        Assert.Contains(result.GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks), b => b.Text.Contains("😀", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BinaryBytes_GivesAResultWithDiagnostics()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var result = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void Parse_InvalidUtf8WithBom_ReportsTheBadByte()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Bulletin)).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var result = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes);
        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.InvalidEncoding);
    }

    [Fact]
    public void Parse_Gb18030Bytes_AreDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Bulletin);
        var issue = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes).GetValueOrThrow();
        Assert.Equal("测试简报", issue.Publication.Name);
        Assert.Equal("测试日报", issue.EnumerateArticles()[0].Source);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Parse_Utf16WithAndWithoutMark_IsDecoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        foreach (var bytes in new[] { encoding.GetBytes(Bulletin), encoding.GetPreamble().Concat(encoding.GetBytes(Bulletin)).ToArray() })
        {
            var issue = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes).GetValueOrThrow();
            Assert.Equal(9, issue.CumulativeNumber);
        }
    }

    [Fact]
    public void Parse_CrlfAndBom_GiveTheSameModelWithOffsetsIntoTheirOwnText()
    {
        var crlf = Bulletin.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.True(decoded.HadByteOrderMark);
        var issue = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes).GetValueOrThrow();
        var lf = BulletinParser.Default.Parse(Bulletin).GetValueOrThrow();
        Assert.Equal(lf.Publication, issue.Publication);
        var article = issue.EnumerateArticles()[0];
        Assert.Equal(lf.EnumerateArticles()[0].Title, article.Title);
        var paragraph = article.Blocks.First(b => b.Kind == BlockKind.Paragraph);
        Assert.StartsWith("今年一季度", decoded.Text.Substring(paragraph.Span.Start, paragraph.Span.Length), StringComparison.Ordinal);
        Assert.Equal(11, paragraph.Span.Line);
    }

    // A megabyte of repeated issues: the same assertion the 10 MB case made, at a tenth of the suite's time; the time
    // on long input is measured by LongTextBenchmarks, not here.
    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public void Parse_MegabyteOfRepeatedIssues_GivesAResultWithEveryArticle()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(Bulletin);
        }

        var result = BulletinParser.Default.Parse(builder.ToString());
        Assert.True(result.Success);
        Assert.True(result.Value!.EnumerateArticles().Count > 100);
    }

    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public void Parse_SingleOneMegabyteLine_GivesAResult()
    {
        var line = string.Concat(Enumerable.Repeat("增长 3.2%，总额 120.5 亿元", 60_000));
        var result = BulletinParser.Default.Parse(line);
        Assert.True(result.Success);
        Assert.Single(result.Value!.EnumerateArticles());
    }

    [Fact]
    public void Parse_InputLongerThanTheLimit_IsCutAndReported()
    {
        var parser = BulletinParser.Create(BulletinParserOptions.Default.WithMaxInputLength(40));
        var result = parser.Parse(Bulletin);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.InputTooLong);
    }

    [Fact]
    public void Parse_ControlCharacters_AreReportedAndKeepOffsets()
    {
        var text = "# 标题\n\n正文\0一段\u0007。";
        var result = BulletinParser.Default.Parse(text);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.BinaryContent);
        var paragraph = result.GetValueOrThrow().EnumerateArticles()[0].Blocks[0];
        Assert.Equal(text.IndexOf('正', StringComparison.Ordinal), paragraph.Span.Start);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => BulletinParser.Default.Parse((string)null!));

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(BulletinParser.TryParse(null, out _));
}
