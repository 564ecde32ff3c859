// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

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
    }

    internal string Title { get; }

    internal string Key { get; }

    internal int Level { get; }

    internal int Start { get; }

    internal int End { get; }

    internal int? Page { get; init; }

    internal string? Number { get; init; }

    internal ContentsNode? Parent { get; set; }

    internal List<ContentsNode> Children { get; } = [];

    internal int? ArticleIndex { get; set; }

    internal bool MatchedSection { get; set; }
}
