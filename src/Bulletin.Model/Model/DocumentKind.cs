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

    /// <summary>
    /// One long official document: a government work report (政府工作报告), a statistical communiqué or data release
    /// (统计公报), a press release (新闻发布稿), a sitting record — with a title, an issuing body, often a speaker and
    /// a date, and chapters rather than articles.
    /// </summary>
    Report,
}
