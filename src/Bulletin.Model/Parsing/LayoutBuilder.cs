// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Gives every block its role in the document: masthead, contents, section labels, article titles and
/// sub-headings, attribution lines, body blocks, distribution list, contact block and side matter.
/// One instance serves one parse.
/// </summary>
internal sealed partial class LayoutBuilder
{
    private readonly ParseContext _context;
    private readonly List<RawBlock> _blocks;
    private readonly MastheadBucket _masthead = new();
    private readonly List<SectionBucket> _sections = [];
    private readonly List<ArticleBucket> _looseArticles = [];
    private readonly List<ArticleBucket> _articles = [];
    private readonly List<string> _distribution = [];
    private readonly List<SideMatter> _sideMatter = [];
    private readonly Dictionary<ContactField, string> _contact = [];
    private List<ContentsNode> _contents = [];
    private SectionBucket? _section;
    private ArticleBucket? _article;
    private bool _isPaper;
    private bool _inContact;
    private ContactField? _lastContactField;
    private int _contactStart = -1;
    private int _contactEnd;
    private RawBlock? _previous;
    private int _index;

    internal LayoutBuilder(List<RawBlock> blocks, ParseContext context)
    {
        _blocks = blocks;
        _context = context;
    }

    internal BulletinIssue Build()
    {
        if (_context.FrontMatter is { } front)
        {
            ReadFrontMatter(front);
        }

        var index = MastheadReader.Read(_blocks, _masthead);
        if (index == 0 && !_masthead.HasIssueNumber)
        {
            index = ReadHead(0);
        }

        _isPaper = !_masthead.HasIssueNumber && PaperMatter.IsPaper(_blocks);
        _contents = ContentsReader.Read(_blocks, ref index);
        if (_isPaper && index < _blocks.Count)
        {
            index = ReadPaperFront(index);
        }

        _isReport |= IsRawDataRelease(index);
        DetectItemSections(index);
        DetectSeparatedItems(index);
        DetectProceedings(index);
        ReadOnBehalfOf(index);
        DateFromToday(index);
        for (; index < _blocks.Count; index++)
        {
            _index = index;
            Dispatch(index);
            _previous = _blocks[index];
        }

        ReadClosingSignature();
        return Freeze();
    }

    private void Dispatch(int index)
    {
        var block = _blocks[index];
        if (_inContact)
        {
            if (ReadContactLine(block))
            {
                return;
            }

            _inContact = false;
        }

        if (PageMatter.IsNotice(block))
        {
            AddSideMatter(SideMatterKind.PlatformNotice, block);
            return;
        }

        if (PageMatter.IsPrompt(block))
        {
            AddSideMatter(SideMatterKind.Prompt, block);
            return;
        }

        if (_article is { ClosedByCredits: true } && block.Kind != RawBlockKind.Heading)
        {
            if (!Attribution.TryCredits(block.Text, block.Folded, _article.Credits))
            {
                AddSideMatter(SideMatterKind.Advertisement, block);
            }

            return;
        }

        if (PageMatter.TryDistribution(block, _distribution))
        {
            CloseArticle();
            return;
        }

        if (PageMatter.StartsContact(_blocks, index))
        {
            CloseArticle();
            _inContact = true;
            _contactStart = _contactStart < 0 ? block.Start : _contactStart;
            _contactEnd = block.End;
            ReadContactLine(block);
            return;
        }

        // 分享到：/ 微信 / 微博 after the text, 【字号：大 中 小】 in it: the page's buttons, wherever they stand.
        if (block.Kind == RawBlockKind.Paragraph && PageMatter.IsChrome(TextScan.Trim(block.Folded.AsSpan())))
        {
            AddSideMatter(SideMatterKind.PageChrome, block);
            return;
        }

        // [图片] alone on its line: the picture the page had there (not a 【section】), which a caption after it may describe.
        if (block.Kind == RawBlockKind.Paragraph && PageLexicon.PicturePlaceholders.Contains(TextScan.Trim(block.Folded)))
        {
            var picture = new RawBlock(RawBlockKind.Image, string.Empty, block.Start, block.End);
            _blocks[index] = picture;
            OnBody(picture);
            return;
        }

        if (_itemLevel > 0 && TryItemLayout(block))
        {
            return;
        }

        if (_proceedings && TryProceedingsBlock(block))
        {
            return;
        }

        if (_isReport && !_proceedings && TryReportChapter(block, index))
        {
            return;
        }

        if (_separatedItems && TrySeparatedItem(block))
        {
            return;
        }

        if (TryAgenda(block))
        {
            return;
        }

        if (SectionLabel.TryRead(block, out var label))
        {
            OpenSection(label, block);
            return;
        }

        switch (block.Kind)
        {
            case RawBlockKind.Heading:
                OnHeading(block);
                break;
            case RawBlockKind.Separator:
                if (_article is { Closed: false })
                {
                    _article.Blocks.Add(new Block(BlockKind.Separator, string.Empty, 0, null, default, default, null, _context.Span(block)));
                    _article.End = block.End;
                }

                break;
            default:
                if (TryTaggedHeadline(block))
                {
                    break;
                }

                if (IsPlainHeading(block))
                {
                    OnHeading(block);
                }
                else
                {
                    OnBody(block);
                }

                break;
        }
    }

    private void AddSideMatter(SideMatterKind kind, RawBlock block) =>
        _sideMatter.Add(new SideMatter(kind, block.Kind == RawBlockKind.Image ? block.Url ?? string.Empty : block.Text, _context.Span(block)));

    private bool ReadContactLine(RawBlock block)
    {
        if (PageMatter.IsContactHeader(block.Folded))
        {
            _contactEnd = block.End;
            return true;
        }

        if (PageMatter.TryLabel(block, out var field, out var value))
        {
            _contact.TryAdd(field, value);
            _lastContactField = field;
            _contactEnd = block.End;
            return true;
        }

        // A line without a label right after the address continues it.
        if (_lastContactField == ContactField.Address && block.Kind == RawBlockKind.Paragraph && block.Text.Length <= 40)
        {
            _contact[ContactField.Address] = TextScan.JoinWrapped(_contact[ContactField.Address] + " ", block.Text);
            _lastContactField = null;
            _contactEnd = block.End;
            return true;
        }

        return false;
    }

    private void OpenSection(string label, RawBlock block)
    {
        // A section other than an agenda's ends the agenda: its numbered lines are no items of it.
        _inAgenda = false;
        CloseArticle();
        _article = null;
        var key = TitleKey.Of(label);
        var node = FindContents(key, anyLevel: true);
        SectionBucket? parent = null;
        if (node is { Level: 1, Parent: { Level: 0 } outer })
        {
            parent = _sections.Find(s => s.Key == outer.Key);
            if (parent is null)
            {
                parent = new SectionBucket(outer.Title, fromContents: true, outer.Start, outer.End, null);
                _sections.Add(parent);
            }
        }

        var section = new SectionBucket(label, fromContents: false, block.Start, block.End, parent);
        (parent?.Children ?? _sections).Add(section);
        _section = section;
    }

    private ContentsNode? FindContents(string key, bool anyLevel)
    {
        if (key.Length == 0)
        {
            return null;
        }

        var stack = new Stack<ContentsNode>(_contents);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if ((anyLevel || node.Level >= 1) && node.Names(key))
            {
                return node;
            }

            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }

        return null;
    }

    private void CloseArticle()
    {
        if (_article is not null)
        {
            _article.Closed = true;
        }
    }

    private void StartArticle(string? title, int level, RawBlock block)
    {
        PromotePageTitle();
        CloseArticle();
        _article = new ArticleBucket(title, level, block.Start, block.End);
        (_section?.Articles ?? _looseArticles).Add(_article);
        _articles.Add(_article);
    }

    // A first "article" that is only a title, on a page without masthead or sections, is the page's own title.
    private void PromotePageTitle()
    {
        if (_article is { Blocks.Count: 0, Title: { } title, Source: null, Dateline: null, Authors.Count: 0 } &&
            _articles.Count == 1 && _sections.Count == 0 && _masthead.Name is null && !_isPaper)
        {
            _masthead.Name = title;
            _articles.Clear();
            _looseArticles.Clear();
            _article = null;
        }
    }

    private ArticleBucket EnsureArticle(RawBlock block)
    {
        if (_article is null || (_article.Closed && !_article.ClosedByCredits))
        {
            StartArticle(null, 0, block);
        }

        return _article!;
    }
}
