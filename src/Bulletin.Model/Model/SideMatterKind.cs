// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>What a piece of <see cref="SideMatter"/> is: text around a document that is not part of it.</summary>
public enum SideMatterKind
{
    /// <summary>A platform's prompt to the reader (<c>点击上图收听</c>, <c>长按关注</c>).</summary>
    Prompt,

    /// <summary>An advertisement placed after the article.</summary>
    Advertisement,

    /// <summary>A platform's notice or disclaimer.</summary>
    PlatformNotice,

    /// <summary>The caption of a photograph that stands outside any article text.</summary>
    Caption,

    /// <summary>A web page's buttons and labels around the content (<c>打印</c>, <c>【字号：</c>, <c>分享：</c>).</summary>
    PageChrome,

    /// <summary>The file's own metadata: YAML front matter, a date or posting-time line of the page.</summary>
    Metadata,

    /// <summary>The chair's lines of a sitting record, between its items (<c>主席：请李委员质询。</c>).</summary>
    Procedure,

    /// <summary>
    /// An issue's own words before its first section, in an issue of sections of items: the standing description of
    /// the periodical or a notice to readers (<c>本刊每周一出版，收录一周要闻。</c>). Its figures are claims.
    /// </summary>
    Preface,
}
