// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>A section while it is being read.</summary>
internal sealed class SectionBucket
{
    internal SectionBucket(string heading, bool fromContents, int start, int end, SectionBucket? parent)
    {
        Heading = heading;
        Key = TitleKey.Of(heading);
        FromContents = fromContents;
        Start = start;
        End = end;
        Parent = parent;
    }

    internal string Heading { get; }

    internal string Key { get; }

    internal bool FromContents { get; }

    internal int Start { get; }

    internal int End { get; }

    internal SectionBucket? Parent { get; }

    internal List<ArticleBucket> Articles { get; } = [];

    internal List<SectionBucket> Children { get; } = [];

    internal Section Freeze(ParseContext context, Dictionary<ArticleBucket, Article> articles)
    {
        var frozenArticles = ImmutableArray.CreateBuilder<Article>(Articles.Count);
        foreach (var article in Articles)
        {
            frozenArticles.Add(articles[article]);
        }

        var children = ImmutableArray.CreateBuilder<Section>(Children.Count);
        foreach (var child in Children)
        {
            children.Add(child.Freeze(context, articles));
        }

        return new Section(Heading, frozenArticles.MoveToImmutable(), children.MoveToImmutable(), FromContents, context.Span(Start, End));
    }
}
