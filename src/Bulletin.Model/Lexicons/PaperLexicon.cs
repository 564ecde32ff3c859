// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Lexicons;

/// <summary>Labels and headings of a journal paper's front and back matter.</summary>
internal static class PaperLexicon
{
    /// <summary>Labels of an abstract.</summary>
    internal static readonly ImmutableArray<string> AbstractLabels = ["摘要", "内容摘要", "内容提要", "提要", "Abstract", "ABSTRACT"];

    /// <summary>Labels of a keyword list.</summary>
    internal static readonly ImmutableArray<string> KeywordLabels = ["关键词", "关键字", "Keywords", "KEYWORDS", "Key words"];

    /// <summary>Labels of a DOI.</summary>
    internal static readonly ImmutableArray<string> DoiLabels = ["DOI", "doi"];

    /// <summary>
    /// Labels of the catalogue fields printed on the keyword line of a Chinese journal (<c>中图分类号：TP391</c>,
    /// <c>文献标识码：A</c>): a labelled field ends where the next of them begins.
    /// </summary>
    internal static readonly ImmutableArray<string> CatalogueLabels =
        ["中图分类号", "中图法分类号", "文献标识码", "文献标志码", "文章编号", "DOI", "doi", "基金项目", "收稿日期"];

    /// <summary>Headings of a reference list.</summary>
    internal static readonly ImmutableArray<string> ReferenceHeadings = ["参考文献", "References", "REFERENCES", "参考资料"];

    /// <summary>Headings that stand alone without a number (<c>引言</c>, <c>结语</c>).</summary>
    internal static readonly ImmutableArray<string> BareHeadings =
    [
        "引言", "前言", "绪论", "导言", "结语", "结论", "结束语", "致谢", "附录", "参考文献", "摘要", "背景", "小结", "总结",
    ];

    /// <summary>Words that end the name of an institution in an affiliation line.</summary>
    internal static readonly ImmutableArray<string> InstitutionSuffixes =
    [
        "大学", "学院", "研究院", "研究所", "研究中心", "中心", "科学院", "社会科学院", "实验室", "公司", "集团", "医院", "学校", "党校",
    ];
}
