// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Words of a sitting record (会议纪录, 议事录, 速记录): who presides, the offices a speaker is named by, the kinds of
/// item a member files, the labels of its header. Simplified script; text is folded before it is matched.
/// </summary>
internal static class ProceedingsLexicon
{
    /// <summary>The speaker label of whoever presides: the chair's lines are the procedure between the items.</summary>
    internal static readonly ImmutableArray<string> ChairLabels = ["主席", "主持人", "议长", "会议主席", "代理主席"];

    /// <summary>
    /// Offices a record prints with a speaker's name, between surname and given name (<c>王院长大明</c>) or before the
    /// name (<c>委员李小华</c>). Longest first where one contains another is not needed: the longest match is taken.
    /// </summary>
    internal static readonly ImmutableArray<string> Offices =
    [
        "院长", "副院长", "主计长", "部长", "副部长", "政务次长", "次长", "委员", "主任委员", "副主任委员", "主委", "召集委员",
        "议长", "副议长", "议员", "市长", "副市长", "县长", "副县长", "省长", "副省长", "局长", "副局长", "署长", "处长", "司长",
        "厅长", "秘书长", "副秘书长", "总经理", "董事长", "行长", "检察长", "总裁", "主任", "代表", "主席", "副主席",
    ];

    /// <summary>What a member files in writing or delivers as an item of its own (<c>委员李小华书面质询：</c>).</summary>
    internal static readonly ImmutableArray<string> ItemKinds =
        ["书面质询", "质询", "书面意见", "书面发言", "发言", "报告", "提案", "声明", "说明"];

    /// <summary>
    /// What the chair says to call for an answer within an item (<c>主席：请行政院王院长答复。</c>): the item goes on.
    /// </summary>
    internal static readonly ImmutableArray<string> AnswerCalls = ["答复", "回答", "回应", "答询"];

    /// <summary>Labels of a record's header lines (<c>地点：本院议场</c>), which are data about the sitting, not speech.</summary>
    internal static readonly ImmutableArray<string> HeaderLabels =
        ["时间", "日期", "地点", "出席", "列席", "缺席", "请假", "记录", "纪录", "主席", "主持人"];

    /// <summary>What follows a sitting's ordinal in a record's title (<c>第10届</c>, <c>第5次会议</c>, <c>第4会期</c>).</summary>
    internal static readonly ImmutableArray<string> SittingOrdinals = ["届", "次会议", "次大会", "次定期大会", "会期"];

    /// <summary>Headings of a gazette's or a meeting's agenda (<c>讨论事项</c>), each over numbered items (<c>一、本会第一案：…</c>).</summary>
    internal static readonly ImmutableArray<string> AgendaHeadings =
        ["报告事项", "讨论事项", "临时动议", "选举事项", "质询事项", "决议事项", "议决事项", "审议事项", "表决事项", "其他事项"];

    /// <summary>The word for the body's gazette, ending every one of <see cref="GazetteMentions"/>.</summary>
    internal const string Gazette = "公报";

    /// <summary>How a record says it is printed in its body's gazette (<c>列入纪录，刊登公报</c>).</summary>
    internal static readonly ImmutableArray<string> GazetteMentions = ["刊登公报", "刊载公报", "登载公报", "刊登于公报", "刊于公报", "列入公报"];
}
