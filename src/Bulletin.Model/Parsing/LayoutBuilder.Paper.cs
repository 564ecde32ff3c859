// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>A paper's front matter.</content>
internal sealed partial class LayoutBuilder
{
    private const int MaxFrontMatterBlocks = 15;
    private const int MaxAuthorLineLength = 30;

    // The title, then author and affiliation lines, then 摘要, 关键词 and DOI in any order.
    private int ReadPaperFront(int index)
    {
        var titleBlock = _blocks[index];
        var article = new ArticleBucket(TextScan.Trim(TextScan.SingleLine(titleBlock.Text)), titleBlock.Level, titleBlock.Start, titleBlock.End);
        _looseArticles.Add(article);
        _articles.Add(article);
        _article = article;
        var names = new List<string>();
        (string Institution, string? Place, string? PostalCode)? affiliation = null;
        var sawLabel = false;
        var i = index + 1;
        for (; i < _blocks.Count && i < index + MaxFrontMatterBlocks; i++)
        {
            var block = _blocks[i];
            var printedDoi = PaperMatter.FindDoi(block.Text);
            article.Doi ??= printedDoi;

            if (PaperMatter.TryLabelled(block, PaperLexicon.AbstractLabels, out var abstractText))
            {
                article.Abstract = abstractText;
            }
            else if (PaperMatter.TryLabelled(block, PaperLexicon.KeywordLabels, out var keywords))
            {
                article.Keywords = PaperMatter.SplitKeywords(keywords);
            }
            else if (PaperMatter.TryLabelled(block, PaperLexicon.DoiLabels, out var doi))
            {
                article.Doi = printedDoi ?? doi;
            }
            else if (PaperMatter.TryLabelled(block, PaperLexicon.CatalogueLabels, out _))
            {
                // 中图分类号：… on a line of its own: catalogue data of the front matter, not body text.
            }
            else if (!sawLabel && PaperMatter.IsAffiliation(block.Folded))
            {
                affiliation ??= PaperMatter.ReadAffiliation(block.Text);
                article.End = block.End;
                continue;
            }
            else if (!sawLabel && block.Kind == RawBlockKind.Paragraph && TextScan.VisibleLength(block.Text) <= MaxAuthorLineLength)
            {
                names.AddRange(Attribution.SplitNames(block.Text));
                article.End = block.End;
                continue;
            }
            else
            {
                break;
            }

            sawLabel = true;
            article.End = block.End;
        }

        foreach (var name in names)
        {
            article.Authors.Add(new Author(name, affiliation?.Institution, null, affiliation?.Place, affiliation?.PostalCode));
        }

        return i;
    }
}
