// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;

namespace Bulletin.Model.Parsing;

/// <summary>A contents entry while it is being read: labels (level 0), entries (1) and sub-entries (2).</summary>
internal sealed class ContentsNode
{
    internal ContentsNode(string title, int level, int start, int end)
    {
        Title = title;
        Level = level;
        Start = start;
        End = end;
        Key = TitleKey.Of(title);

        // 【两会受权发布】关于政府工作报告的决议: the item's headline may print its column label or leave it to the page.
        if (title.Length > 2 && title[0] is '【' or '[' && title.AsSpan().IndexOfAny('】', ']') is var close and > 1 && close + 1 < title.Length)
        {
            UnlabelledKey = TitleKey.Of(title[(close + 1)..]);
        }
    }

    internal string Title { get; }

    internal string Key { get; }

    /// <summary>The key of the title without a leading <c>【label】</c>, or <see langword="null"/> when it has none.</summary>
    internal string? UnlabelledKey { get; }

    internal int Level { get; }

    internal int Start { get; }

    internal int End { get; }

    internal int? Page { get; init; }

    internal string? Number { get; init; }

    internal ContentsNode? Parent { get; set; }

    internal List<ContentsNode> Children { get; } = [];

    internal int? ArticleIndex { get; set; }

    internal bool MatchedSection { get; set; }

    /// <summary>Whether this entry names the title of the given key, with its label or without it.</summary>
    internal bool Names(string key) => TitleKey.Matches(Key, key) || (UnlabelledKey is { } unlabelled && TitleKey.Matches(unlabelled, key));
}
