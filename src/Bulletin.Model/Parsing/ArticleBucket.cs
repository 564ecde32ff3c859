// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>An article while its blocks are being read; frozen into an <see cref="Article"/> at the end.</summary>
internal sealed class ArticleBucket
{
    internal ArticleBucket(string? title, int titleLevel, int start, int end)
    {
        Title = title;
        TitleLevel = titleLevel;
        Start = start;
        End = end;
        Key = title is null ? string.Empty : TitleKey.Of(title);
    }

    internal string? Title { get; }

    internal string Key { get; }

    internal int TitleLevel { get; }

    internal int Start { get; }

    internal int End { get; set; }

    /// <summary>Gets or sets a value indicating whether an attribution line has closed the article.</summary>
    internal bool Closed { get; set; }

    /// <summary>Gets or sets a value indicating whether credits closed the article (what follows is the platform's).</summary>
    internal bool ClosedByCredits { get; set; }

    internal List<Author> Authors { get; } = [];

    internal List<string> Reporters { get; } = [];

    internal string? Source { get; set; }

    internal OriginalPublication? Original { get; set; }

    internal Dateline? Dateline { get; set; }

    internal List<Credit> Credits { get; } = [];

    internal List<Block> Blocks { get; } = [];

    internal string? Abstract { get; set; }

    internal ImmutableArray<string> Keywords { get; set; } = ImmutableArray<string>.Empty;

    internal string? Doi { get; set; }

    internal List<Reference> References { get; } = [];

    internal List<Citation> Citations { get; } = [];

    internal bool InReferences { get; set; }

    // Opened by a digest item's attribution line (来源：…　发布时间：…), so a bare link after its body is its link.
    internal bool IsDigestItem { get; set; }

    internal NodaTime.LocalDateTime? PublishedAt { get; set; }

    internal string? Column { get; set; }

    internal string? Link { get; set; }

    internal bool HasBody
    {
        get
        {
            foreach (var block in Blocks)
            {
                if (block.Kind is BlockKind.Paragraph or BlockKind.List or BlockKind.Table)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal Article Freeze(ParseContext context) => new(
        Title,
        [.. Authors],
        [.. Reporters],
        Source,
        Original,
        Dateline,
        [.. Credits],
        [.. Blocks],
        Abstract,
        Keywords,
        Doi,
        [.. References],
        [.. Citations],
        context.Span(Start, End))
    {
        PublishedAt = PublishedAt,
        Column = Column,
        Link = Link,
    };
}
