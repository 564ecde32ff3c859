// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using Markdig.Syntax.Inlines;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>Reads the block structure of Markdown text with Markdig and flattens it into <see cref="RawBlock"/>s.</summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline s_pipeline = BuildPipeline();

    // What begins inline markup in this pipeline: emphasis, code, links and images, autolinks and HTML, entities,
    // escapes and hard breaks, pipe tables.
    private static readonly SearchValues<char> s_inlineMarks = SearchValues.Create("*_`[]!<>&\\|~\t\r\n\0");

    // A paragraph with no inline markup in it is left out of Markdig's inline pass, which cost as much as the block
    // pass and made an object per run of text: its text is its lines, joined as the soft breaks join them.
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        if (builder.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed += static (_, block) =>
            {
                if (block is ParagraphBlock paragraph && IsPlain(paragraph))
                {
                    paragraph.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }

    // Lines with no markup character, and no white space at either end that a break or the trim would act on.
    private static bool IsPlain(ParagraphBlock paragraph)
    {
        var lines = paragraph.Lines;
        if (lines.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.AsSpan();
            if (line.IsEmpty || char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]) || line.ContainsAny(s_inlineMarks))
            {
                return false;
            }
        }

        return true;
    }

    // The text of a paragraph: its inlines flattened, or for a plain paragraph its lines joined as soft breaks join
    // them (nothing between CJK characters, a space elsewhere).
    private static string ParagraphText(ParagraphBlock paragraph)
    {
        if (paragraph.ProcessInlines || paragraph.Inline is not null)
        {
            return InlineText(paragraph.Inline);
        }

        var lines = paragraph.Lines;
        if (lines.Count == 1)
        {
            return lines.Lines[0].Slice.ToString();
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && !TextScan.IsCjk(builder[^1]))
            {
                builder.Append(' ');
            }

            builder.Append(lines.Lines[i].Slice.AsSpan());
        }

        return builder.ToString();
    }

    /// <summary>Reads the blocks; <see langword="null"/> when Markdig gives up on nesting too deep for it (10 000 <c>&gt;</c>).</summary>
    internal static List<RawBlock>? Read(string text, int maxDepth)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, s_pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit ("too deeply nested"): the caller reads the text line by line.
            return null;
        }

        var blocks = new List<RawBlock>();
        var linePerParagraph = WritesAParagraphALine(document, text);
        foreach (var block in document)
        {
            // In a text written a paragraph a line, a two-line paragraph is two lines too (a headline and its lead).
            var (start, end) = SourceRange(block, text);
            if (linePerParagraph && block is ParagraphBlock && LineCount(text.AsSpan(start, end - start)) >= 2)
            {
                AddLines(blocks, text, start, end);
                continue;
            }

            Add(block, blocks, text, depth: 0, maxDepth);
        }

        return blocks;
    }

    // Most of the document's paragraphs of three lines or more are written a paragraph a line.
    private static bool WritesAParagraphALine(MarkdownDocument document, string text)
    {
        var multi = 0;
        var oneALine = 0;
        foreach (var block in document)
        {
            var (start, end) = SourceRange(block, text);
            if (block is ParagraphBlock && LineCount(text.AsSpan(start, end - start)) >= 3)
            {
                multi++;
                oneALine += WrittenOneParagraphALine(text.AsSpan(start, end - start)) ? 1 : 0;
            }
        }

        return multi >= 2 && oneALine * 2 > multi;
    }

    // Markdig's spans may run one past the text (an unclosed fence at the very end): keep them inside it.
    private static (int Start, int End) SourceRange(MdBlock block, string source)
    {
        var start = Math.Clamp(block.Span.Start, 0, source.Length);
        return (start, Math.Clamp(block.Span.End + 1, start, source.Length));
    }

    // Markdig releases a paragraph's lines once it has read its inlines: count them in the source.
    private static int LineCount(ReadOnlySpan<char> text) => text.TrimEnd().Count('\n') + 1;

    private static void AddLines(List<RawBlock> into, string source, int start, int end)
    {
        foreach (var lineBlock in PlainLineBlockReader.Read(source[start..end]))
        {
            lineBlock.Start += start;
            lineBlock.End += start;
            into.Add(lineBlock);
        }
    }

    private static void AddContainer(ContainerBlock container, List<RawBlock> into, string source, int depth, int maxDepth)
    {
        foreach (var block in container)
        {
            Add(block, into, source, depth, maxDepth);
        }
    }

    private static void Add(MdBlock block, List<RawBlock> into, string source, int depth, int maxDepth)
    {
        var (start, end) = SourceRange(block, source);
        switch (block)
        {
            case HeadingBlock heading:
                into.Add(new RawBlock(RawBlockKind.Heading, InlineText(heading.Inline), start, end) { Level = heading.Level });
                break;
            case ParagraphBlock when depth == 0 && WrittenOneParagraphALine(source.AsSpan(start, end - start)):
                // Text written a paragraph a line between a few blank lines: each line is a block, as the line reader has it.
                AddLines(into, source, start, end);
                break;
            case ParagraphBlock paragraph:
                into.Add(Paragraph(paragraph, start, end));
                break;
            case ThematicBreakBlock:
                into.Add(new RawBlock(RawBlockKind.Separator, string.Empty, start, end));
                break;
            case ListBlock list when depth < maxDepth:
                AddList(list, into, source, depth, maxDepth);
                break;
            case QuoteBlock quote when depth < maxDepth:
                var before = into.Count;
                AddContainer(quote, into, source, depth + 1, maxDepth);
                for (var i = before; i < into.Count; i++)
                {
                    if (into[i].Kind == RawBlockKind.Paragraph)
                    {
                        into[i].Kind = RawBlockKind.Quote;
                    }
                }

                break;
            case Table table:
                into.Add(TableBlock(table, start, end, source.Length));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code, HTML and anything else that holds raw lines: keep its text as a paragraph.
                var raw = leaf.Lines.ToString().Trim();
                if (raw.Length > 0)
                {
                    into.Add(new RawBlock(RawBlockKind.Paragraph, raw, start, end));
                }

                break;
            case ContainerBlock other when depth < maxDepth:
                AddContainer(other, into, source, depth + 1, maxDepth);
                break;
            default:
                if (end > start && block is not LinkReferenceDefinitionGroup && block is not LinkReferenceDefinition)
                {
                    // Nested deeper than the limit: keep the text rather than lose it.
                    into.Add(new RawBlock(RawBlockKind.Paragraph, source[start..end].Trim(), start, end));
                }

                break;
        }
    }

    private static void AddList(ListBlock list, List<RawBlock> into, string source, int depth, int maxDepth)
    {
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                Add(child, into, source, depth + 1, maxDepth);
                continue;
            }

            var marker = list.IsOrdered
                ? $"{item.Order}{list.OrderedDelimiter}"
                : list.BulletType.ToString();
            var text = new StringBuilder();
            foreach (var inner in item)
            {
                if (inner is ParagraphBlock paragraph)
                {
                    if (text.Length > 0)
                    {
                        text.Append('\n');
                    }

                    text.Append(ParagraphText(paragraph));
                }
                else
                {
                    Add(inner, into, source, depth + 1, maxDepth);
                }
            }

            into.Add(new RawBlock(RawBlockKind.ListItem, text.ToString(), item.Span.Start, Math.Min(item.Span.End + 1, source.Length))
            {
                Marker = marker,
                Level = depth,
            });
        }
    }

    // Most of its line breaks follow a sentence's end (。！？): the breaks end paragraphs, they do not wrap one.
    private static bool WrittenOneParagraphALine(ReadOnlySpan<char> text)
    {
        // Most paragraphs are one line: nothing to tell apart, and no width worth measuring.
        text = text.TrimEnd();
        if (text.IndexOf('\n') < 0)
        {
            return false;
        }

        var count = 0;
        var entries = 0;
        var sentenceBreaks = 0;
        var lastEnds = false;
        foreach (var line in text.EnumerateLines())
        {
            var trimmed = line.TrimEnd();
            count++;
            entries += ContentsReader.EndsWithLeaderPage(trimmed, spacesLead: true) ? 1 : 0;
            lastEnds = EndsSentence(trimmed);
            sentenceBreaks += lastEnds ? 1 : 0;
        }

        // 园区招商 ..... 1 / 外贸形势 ..... 3: lines that each end with a leader to a page are a contents, an entry a line.
        if (entries == count)
        {
            return true;
        }

        // Half the line breaks or more come where a paragraph ends: after a sentence's end, and in prose also where a
        // line of Chinese stops short of half the widest (a title, an issuing body, a date, 一、综合 between the
        // paragraphs of a short notice). Wrapped text ends a line at either only by chance, or at its last. Lines
        // with no sentence among them (a figure's labels under its image, a formula between $$ fences) are not told
        // apart by their widths, which are measured only when the sentences alone do not decide.
        var sentences = sentenceBreaks;
        sentenceBreaks -= lastEnds ? 1 : 0;
        var needed = Math.Max(1, (count - 1) / 2);
        if (count < 3 || sentenceBreaks >= needed || sentences == 0)
        {
            return count >= 3 && sentenceBreaks >= needed;
        }

        var widest = 0;
        foreach (var line in text.EnumerateLines())
        {
            widest = Math.Max(widest, PlainLineBlockReader.Width(line.TrimEnd()));
        }

        var breaks = 0;
        var k = 0;
        foreach (var line in text.EnumerateLines())
        {
            var trimmed = line.TrimEnd();
            if (++k < count && (EndsSentence(trimmed) ||
                (PlainLineBlockReader.Width(trimmed) * 2 <= widest && TextScan.ContainsCjk(trimmed))))
            {
                breaks++;
            }
        }

        return breaks >= needed;
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] is '。' or '！' or '？';

    private static RawBlock Paragraph(ParagraphBlock paragraph, int start, int end)
    {
        if (paragraph.Inline is { } inline && IsLoneImage(inline, out var image))
        {
            return new RawBlock(RawBlockKind.Image, InlineText(image), start, end) { Url = image.Url };
        }

        return new RawBlock(RawBlockKind.Paragraph, ParagraphText(paragraph), start, end);
    }

    private static bool IsLoneImage(ContainerInline inline, out LinkInline image)
    {
        image = null!;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return image is not null;
    }

    private static RawBlock TableBlock(Table table, int start, int end, int length)
    {
        var rows = new List<RawRow>();
        var text = new StringBuilder();
        foreach (var rowBlock in table)
        {
            if (rowBlock is not Markdig.Extensions.Tables.TableRow row)
            {
                continue;
            }

            var cells = new List<string>();
            foreach (var cellBlock in row)
            {
                var cellText = new StringBuilder();
                if (cellBlock is TableCell cell)
                {
                    foreach (var inner in cell)
                    {
                        if (inner is ParagraphBlock p)
                        {
                            cellText.Append(ParagraphText(p));
                        }
                    }
                }

                cells.Add(cellText.ToString().Trim());
            }

            rows.Add(new RawRow([.. cells], row.IsHeader, row.Span.Start, Math.Min(row.Span.End + 1, length)));
            text.AppendJoin(" | ", cells).Append('\n');
        }

        return new RawBlock(RawBlockKind.Table, text.ToString().TrimEnd(), start, end) { Rows = rows };
    }

    /// <summary>The text of inlines with markup removed: emphasis dropped, links reduced to their text.</summary>
    internal static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    TrimEndSpaces(builder);
                    builder.Append('\n');
                }
                else
                {
                    JoinSoftBreak(builder);
                }

                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                var hadChildren = false;
                foreach (var child in container)
                {
                    hadChildren = true;
                    Append(builder, child);
                }

                if (!hadChildren && container is LinkInline link && link.Url is { } url)
                {
                    builder.Append(url);
                }

                break;
        }
    }

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    // A soft line break inside a paragraph is a wrap: between CJK characters it vanishes, elsewhere it is a space.
    private static void JoinSoftBreak(StringBuilder builder)
    {
        TrimEndSpaces(builder);
        if (builder.Length > 0 && !TextScan.IsCjk(builder[^1]))
        {
            builder.Append(' ');
        }
    }
}
