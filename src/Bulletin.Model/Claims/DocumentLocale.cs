// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Claims;

/// <summary>
/// What a document's own words say about how to read its figures, decided once per document (docs/claims.md): a bare
/// <c>元</c> is the document's currency — the New Taiwan dollar in a record of the Republic of China (a 立法院 or
/// 行政院 document, a 中華民國 date, 新臺幣 named) — and such a document counts its years from 1912
/// (<c>113年度</c> is 2024).
/// </summary>
internal readonly record struct DocumentLocale(string? Currency, bool RocYears)
{
    internal static DocumentLocale Of(BulletinIssue issue, string source)
    {
        if (issue.Script is not (ScriptKind.Traditional or ScriptKind.Mixed))
        {
            return default;
        }

        // The signals are listed in both scripts, so the text is searched as it stands, without folding a copy of it.
        foreach (var word in ClaimLexicon.RocSignals)
        {
            if (source.Contains(word, StringComparison.Ordinal))
            {
                return new DocumentLocale("TWD", true);
            }
        }

        return default;
    }

    /// <summary>Gives a claim in bare 元 the document's currency; 人民币 named stays CNY.</summary>
    internal void Apply(string source, ClaimDraft draft)
    {
        if (Currency is not { } currency || draft.Unit is not { } unit || !(unit == "CNY" || unit.StartsWith("CNY/", StringComparison.Ordinal)))
        {
            return;
        }

        var text = ChineseScript.ToSimplified(source[draft.Start..draft.End]);
        if (!text.Contains("人民币", StringComparison.Ordinal))
        {
            draft.Unit = currency + unit[3..];
        }
    }
}
