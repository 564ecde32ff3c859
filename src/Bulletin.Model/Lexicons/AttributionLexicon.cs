// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Lexicons;

/// <summary>Words that attribute an article: source notes, reprint notes, agencies, roles and credits.</summary>
internal static class AttributionLexicon
{
    /// <summary>Labels that open a source line (<c>文章来源：滨海日报</c>); longest first.</summary>
    internal static readonly ImmutableArray<string> SourceLabels =
    [
        "文章来源", "本文来源", "稿件来源", "信息来源", "资料来源", "新闻来源", "内容来源", "转载自", "来源", "出处", "Source",
    ];

    /// <summary>Labels of a digest item's column (<c>栏目：经济</c>); folded.</summary>
    internal static readonly ImmutableArray<string> ColumnLabels = ["栏目", "频道", "版块", "栏目名称"];

    /// <summary>
    /// Labels of a web page's counters beside its source and time (<c>浏览次数：1532</c>): the page's, so a field
    /// of them ends the field before and is no part of the piece; folded.
    /// </summary>
    internal static readonly ImmutableArray<string> PageCounterLabels = ["浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "点击次数", "访问量", "访问次数"];

    /// <summary>Verbs of a reprint note (<c>（转自新华社）</c>), followed directly by the source.</summary>
    internal static readonly ImmutableArray<string> ReprintVerbs = ["转载自", "转引自", "转自", "摘自", "选自", "编自", "引自"];

    /// <summary>Verbs that introduce where an article first appeared (<c>原文刊载于《…》</c>).</summary>
    internal static readonly ImmutableArray<string> OriginalPublicationVerbs =
    [
        "原文刊载于", "原文刊登于", "原文发表于", "原文载于", "原载于", "原文刊于", "刊载于", "刊登于", "发表于", "原载", "载于", "刊于",
    ];

    /// <summary>News agencies and outlets that file datelines.</summary>
    internal static readonly ImmutableArray<string> Agencies =
    [
        "新华社", "中新社", "中新网", "中国新闻社", "人民网", "新华网", "央视网", "央视新闻", "央广网", "中国日报网", "中国日报",
        "光明网", "环球网", "澎湃新闻", "财新网", "经济日报", "人民日报", "科技日报", "法治日报", "工人日报", "中国青年报",
        "路透社", "美联社", "法新社", "共同社", "塔斯社", "彭博社", "韩联社", "安莎社", "德新社", "埃菲社", "俄新社", "卫星社",
    ];

    /// <summary>Words that introduce reporters in a note (<c>（记者 李青 周敏）</c>).</summary>
    internal static readonly ImmutableArray<string> ReporterWords = ["特约记者", "见习记者", "通讯员", "记者"];

    /// <summary>Titles and roles that end an author's affiliation (<c>…研究中心研究员</c>); longest first.</summary>
    internal static readonly ImmutableArray<string> AuthorRoles =
    [
        "首席经济学家", "高级研究员", "特聘研究员", "副研究员", "研究员", "助理研究员", "高级经济师", "经济师", "高级工程师",
        "工程师", "分析师", "首席分析师", "副教授", "教授", "讲师", "博士后", "博士生导师", "博士研究生", "博士", "硕士研究生",
        "研究生", "主任", "副主任", "所长", "副所长", "院长", "副院长", "秘书长", "副秘书长", "会长", "副会长", "理事长",
        "董事长", "总经理", "总裁", "主编", "记者", "专家", "学者", "处长", "局长", "部长", "司长",
    ];

    /// <summary>Roles of a credits list (<c>本篇作者|…|责任编辑|…</c>).</summary>
    internal static readonly ImmutableArray<string> CreditRoles =
    [
        "作者", "责任编辑", "执行编辑", "编辑", "主编", "副主编", "总编", "审核", "审校", "校对", "排版", "美编", "设计",
        "图源", "图片", "配图", "摄影", "视频", "监制", "出品", "策划", "统筹", "翻译", "编译", "撰文", "文字", "来源",
    ];

    /// <summary>Markers that open a byline (<c>文 /李晓</c>, <c>作者：…</c>).</summary>
    internal static readonly ImmutableArray<string> BylineMarkers = ["撰文", "作者", "文字", "文"];

    /// <summary>
    /// What an outlet does when an item reports its article (<c>某某时报发文指出</c>, <c>某某报头版刊文称</c>); data
    /// attributions (<c>数据显示</c>) are not among them. Folded.
    /// </summary>
    internal static readonly ImmutableArray<string> PublishingVerbs = ["发文", "刊文", "撰文", "发表文章", "发表评论", "评论员文章", "社论"];

    /// <summary>Words of place or time between an outlet and its verb (<c>头版</c>, <c>今日</c>); folded.</summary>
    internal static readonly ImmutableArray<string> PublishingPlaces = ["头版", "今日", "日前", "近日", "今天", "昨日", "周末版", "评论版"];

    /// <summary>What opens a picture's credit in brackets (<c>（via 某某@instagram）</c>); folded.</summary>
    internal static readonly ImmutableArray<string> ViaMarkers = ["via ", "Via ", "VIA "];
}
