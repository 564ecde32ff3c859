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
        "会", "委", "局", "厅", "部", "院", "所", "中心", "协会", "商会", "学会", "公司", "集团", "办公室", "办", "处", "室", "社", "站", "馆", "署", "政府", "大学", "学院",
    ];

    /// <summary>Words that open a table of contents.</summary>
    internal static readonly ImmutableArray<string> ContentsMarkers = ["本期目录", "本期要目", "目录", "目 录", "CONTENTS", "Contents"];
}
