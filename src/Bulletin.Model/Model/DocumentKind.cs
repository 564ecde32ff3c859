// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>What kind of document a parsed <see cref="BulletinIssue"/> holds.</summary>
public enum DocumentKind
{
    /// <summary>An issue of a periodical bulletin: a masthead with its number, usually contents and sections.</summary>
    BulletinIssue,

    /// <summary>A journal paper: abstract, keywords, numbered sections and references.</summary>
    Paper,

    /// <summary>A single article, such as a post on a social-media platform.</summary>
    Article,

    /// <summary>A page of several news items, each with its own heading and dateline.</summary>
    NewsPage,
}
