// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Lexicons;

/// <summary>Words found on a bulletin's masthead.</summary>
internal static class MastheadLexicon
{
    /// <summary>How often a periodical appears.</summary>
    internal static readonly ImmutableArray<string> Frequencies =
    [
        "双月刊", "半月刊", "月刊", "季刊", "周刊", "旬刊", "年刊", "半年刊", "日刊", "双周刊", "周报", "日报", "旬报", "月报",
    ];

    /// <summary>Circulation classes.</summary>
    internal static readonly ImmutableArray<string> Classifications =
    [
        "内部资料", "内部参考", "内部刊物", "内部交流", "内部发行", "内参", "注意保存", "机密", "秘密", "绝密", "内部资料 免费交流",
    ];

    /// <summary>Suffixes that mark the editor's line (<c>…秘书处编</c>); the suffix is not part of the name.</summary>
    internal static readonly ImmutableArray<string> EditorSuffixes = ["编印", "编辑部编", "主编", "编辑", "编"];

    /// <summary>Endings of the names of bodies that publish bulletins.</summary>
    internal static readonly ImmutableArray<string> BodySuffixes =
    [
        "会", "委", "局", "厅", "部", "院", "所", "中心", "协会", "商会", "学会", "公司", "集团", "办公室", "办", "处", "室", "社", "站", "馆", "署", "政府", "大学", "学院", "调查队",
    ];

    /// <summary>
    /// Words that open a table of contents, a broadcast's or a newsletter's list of its items included
    /// (<c>本期节目主要内容：</c>, <c>本期导读</c>); folded.
    /// </summary>
    internal static readonly ImmutableArray<string> ContentsMarkers =
    [
        "本期目录", "本期要目", "目录", "目 录", "CONTENTS", "Contents", "本期节目主要内容", "本期主要内容", "节目主要内容", "本期导读", "今日导读",
    ];

    /// <summary>Words that name a weekday after a date (<c>星期四</c>, <c>周四</c>); folded to Simplified script.</summary>
    internal static readonly ImmutableArray<string> WeekdayWords = ["星期", "礼拜", "周"];

    /// <summary>Labels of a line that gives the document's date (<c>发布时间：2026-04-16 19:30</c>); folded.</summary>
    internal static readonly ImmutableArray<string> DateLabels =
    [
        "发布日期", "发布时间", "发表时间", "发表日期", "发稿时间", "成文日期", "印发日期", "更新时间", "日期", "时间",
    ];

    /// <summary>
    /// Endings of the title of one long official document (a report, a communiqué, a release, a sitting record),
    /// which makes the document a report; folded.
    /// </summary>
    internal static readonly ImmutableArray<string> ReportTitleEndings =
    [
        "政府工作报告", "工作报告", "统计公报", "公报", "会议纪录", "会议记录", "会议纪要", "新闻发布稿", "发布稿", "白皮书", "报告",
    ];

    /// <summary>
    /// Endings of an official document's title (<c>…关于印发…措施的通知</c>, <c>…管理办法</c>), which a page prints as its
    /// headline above the one piece it carries; folded.
    /// </summary>
    internal static readonly ImmutableArray<string> DocumentTitleEndings =
    [
        "的通知", "的通告", "的公告", "的决定", "的意见", "的批复", "的通报", "的决议", "的公示", "的函", "的复函", "实施方案", "工作方案",
        "管理办法", "实施办法", "暂行办法", "实施细则", "若干措施", "若干规定", "管理规定", "条例",
    ];

    /// <summary>Headings of a report's closing parts (<c>附注：</c>), which are chapters of their own; folded.</summary>
    internal static readonly ImmutableArray<string> ReportAppendixHeadings = ["附注", "附件", "附表", "注释", "指标解释", "名词解释", "说明"];

    /// <summary>Words of a line that says where and when a report was delivered (<c>2025年1月9日在…大会上</c>).</summary>
    internal static readonly ImmutableArray<string> DeliveryWords = ["会议上", "大会上", "会上"];

    /// <summary>Role words that stand before a speaker's name on a report's title page (<c>海港市市长 周明远</c>); folded.</summary>
    /// <summary>How a report names the body it is delivered for (<c>我代表市人民政府向大会报告工作</c>).</summary>
    internal const string OnBehalfOf = "我代表";

    /// <summary>The bodies a report is delivered for, the general one first; folded.</summary>
    internal static readonly ImmutableArray<string> GovernmentBodies = ["人民政府", "国务院", "政府"];

    /// <summary>Of <see cref="GovernmentBodies"/>, those that name one body without a region before them.</summary>
    internal static readonly ImmutableArray<string> NamedBodies = ["国务院"];

    /// <summary>Levels of government a report may name alone (<c>我代表市人民政府</c>), the region left to the speaker's role.</summary>
    internal static readonly ImmutableArray<string> RegionLevels = ["省", "市", "县", "区", "州", "自治区", "自治州", "自治县", "镇", "乡"];

    /// <summary>How a news item names the day it is of (<c>今天（4月16日）</c>); folded.</summary>
    internal static readonly ImmutableArray<string> TodayWords = ["今天", "今日"];

    /// <summary>What follows a year that is the year of the news (<c>2026年一季度</c>, <c>2026年3月</c>); folded.</summary>
    internal static readonly ImmutableArray<string> PartOfYearStarts =
    [
        "一季度", "第一季度", "二季度", "第二季度", "三季度", "第三季度", "四季度", "第四季度", "上半年", "下半年", "前三季度", "前两个月",
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "以来", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月",
    ];

    internal static readonly ImmutableArray<string> SpeakerRoles =
    [
        "省长", "市长", "县长", "区长", "州长", "主席", "总理", "院长", "局长", "部长", "主任", "书记", "代市长", "代省长",
    ];
}
