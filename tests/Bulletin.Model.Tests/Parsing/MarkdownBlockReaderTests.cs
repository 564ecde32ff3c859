// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using CsCheck;
using Markdig;
using Markdig.Syntax;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>
/// Plain paragraphs skip Markdig's inline pass: their text must be exactly what the inline pass gives, for any
/// paragraph, plain or not.
/// </summary>
public sealed class MarkdownBlockReaderTests
{
    // Markdig with nothing changed: every paragraph goes through the inline pass.
    private static readonly MarkdownPipeline s_reference = new MarkdownPipelineBuilder().UsePipeTables().Build();

    // Lines of CJK, Latin, digits and the characters markup is made of, some with white space at their ends.
    private static readonly Gen<string> s_paragraphs = Gen.String[Gen.Char["出口增长了亿元，a bB2025.%*_`[]!<>&\\|~\u3000\t"], 1, 30]
        .Array[1, 4].Select(lines => string.Join("\n", lines.Select(l => l.Trim('\n'))));

    [Theory]
    [InlineData("一行中文。")]
    [InlineData("第一行中文\n第二行中文")]
    [InlineData("English line\nnext line")]
    [InlineData("中文结尾\nEnglish start")]
    [InlineData("English end\n中文开头")]
    [InlineData("带强调的**文字**\n下一行")]
    [InlineData("行尾两个空格  \n下一行")]
    [InlineData("全角空格结尾\u3000\n下一行")]
    [InlineData("增长 5.2%，达到 3 256 亿元")]
    public void Read_Paragraph_GivesTheTextTheInlinePassGives(string paragraph) =>
        Assert.Equal(ReferenceTexts(paragraph), ReadTexts(paragraph));

    [Fact]
    public void Read_AnyParagraph_GivesTheTextTheInlinePassGives()
    {
        var compared = 0;
        s_paragraphs.Sample(paragraph =>
        {
            // Only text that Markdig reads as one paragraph, and the reader keeps as one block, compares like for like.
            var reference = ReferenceTexts(paragraph);
            var read = MarkdownBlockReader.Read(paragraph, 100) ?? [];
            if (reference.Length != 1 || read.Count != 1 || read[0].Kind != RawBlockKind.Paragraph)
            {
                return;
            }

            System.Threading.Interlocked.Increment(ref compared);
            Assert.Equal(reference[0], read[0].Text);
        }, iter: 2000);

        // The generator makes mostly single paragraphs; a test that compared few would prove little.
        Assert.True(compared > 500, $"only {compared} of 2000 samples were single paragraphs");
    }

    private static string[] ReadTexts(string text) =>
        [.. (MarkdownBlockReader.Read(text, 100) ?? []).Where(b => b.Kind == RawBlockKind.Paragraph).Select(b => b.Text)];

    private static string[] ReferenceTexts(string text)
    {
        var document = Markdown.Parse(text, s_reference);
        return document.Count == document.OfType<ParagraphBlock>().Count()
            ? [.. document.OfType<ParagraphBlock>().Select(p => MarkdownBlockReader.InlineText(p.Inline))]
            : [];
    }
}
