// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// Sitting records: each item opens with a speaker's timed turn (<c>王院长大明：（9时3分）</c>) and runs, answers and
/// replies included, to the chair's next line (<c>主席：请李委员质询。</c>); the chair's lines are the procedure between
/// items, kept as side matter. An item filed in writing opens with its own line (<c>委员李小华书面质询：</c>).
/// </content>
internal sealed partial class LayoutBuilder
{
    private const int MinTimedTurns = 2;
    private const int MaxSpeakerLength = 12;
    private const int MaxFiledItemLength = 30;
    private const int MaxAgendaItemLength = 160;

    // Most paragraphs without a speaker's label must be indented before one at the margin reads as an agenda item.
    private const double IndentedShare = 0.8;

    private bool _proceedings;
    private bool _inProcedure;
    private bool _indentedTurns;

    // Two timed turns and a chair's line: the document is a record of a sitting.
    private void DetectProceedings(int from)
    {
        if (_isPaper || _contents.Count > 0 || _itemLevel > 0 || _separatedItems)
        {
            return;
        }

        var timed = 0;
        var chair = false;
        for (var i = from; i < _blocks.Count && !(chair && timed >= MinTimedTurns); i++)
        {
            if (_blocks[i].Kind != RawBlockKind.Paragraph || SpeakerLabelLength(_blocks[i].Folded) is not (> 0 and var length))
            {
                continue;
            }

            chair |= IsChairLabel(_blocks[i].Folded.AsSpan(0, length));
            timed += TryTurnTime(_blocks[i].Folded, length, out _) ? 1 : 0;
        }

        _proceedings = chair && timed >= MinTimedTurns;
        if (_proceedings)
        {
            var (indented, paragraphs) = (0, 0);
            for (var i = from; i < _blocks.Count; i++)
            {
                if (_blocks[i].Kind == RawBlockKind.Paragraph && SpeakerLabelLength(_blocks[i].Folded) == 0)
                {
                    paragraphs++;
                    indented += LeadOf(_blocks[i]) > 0 ? 1 : 0;
                }
            }

            _indentedTurns = paragraphs > 0 && indented >= paragraphs * IndentedShare;
            NameTheGazette(from);
        }
    }

    // 某某议会第3届第2次会议纪录: the body that sat is the one whose record this is, and a record that says it is
    // printed in the gazette (刊登公报) names that gazette, the body's own 公报.
    private void NameTheGazette(int from)
    {
        if (_masthead.Publisher is not null || _title is not { } title || SittingBody(ChineseScript.ToSimplified(title)) is not (> 0 and var length))
        {
            return;
        }

        var body = title[..length];
        _masthead.Publisher = body;
        if (_masthead.Name is not null)
        {
            return;
        }

        for (var i = from; i < _blocks.Count; i++)
        {
            if (TextScan.IndexOfAny(_blocks[i].Folded, ProceedingsLexicon.GazetteMentions, out var mention) is var at and >= 0 && mention is { } words)
            {
                // The gazette's word as printed, in the record's own script.
                var gazette = _blocks[i].Text.Substring(at + words.Length - ProceedingsLexicon.Gazette.Length, ProceedingsLexicon.Gazette.Length);
                _masthead.Name = body + gazette;
                return;
            }
        }
    }

    // The length of the name before a sitting's ordinal (第10届, 第五次会议, 第2会期), or 0.
    private static int SittingBody(string folded)
    {
        for (var at = folded.IndexOf('第'); at > 0; at = folded.IndexOf('第', at + 1))
        {
            var end = at + 1;
            while (end < folded.Length && char.IsAsciiDigit(folded[end]))
            {
                end++;
            }

            if (end == at + 1 && TextScan.TryReadChineseSmall(folded.AsSpan(end), out _, out var numeral))
            {
                end += numeral;
            }

            if (end > at + 1 && TextScan.StartsWithAny(folded.AsSpan(end), ProceedingsLexicon.SittingOrdinals) is not null)
            {
                return at is >= 2 and <= MaxSpeakerLength && folded.AsSpan(0, at).IndexOfAny(Punctuation.Clause) < 0 &&
                    TextScan.Trim(folded.AsSpan(0, at)).Length == at ? at : 0;
            }
        }

        return 0;
    }

    // How far the block's first line stands in from the margin.
    private int LeadOf(RawBlock block)
    {
        var source = _context.Source;
        var at = Math.Min(block.Start, source.Length);
        var lead = 0;
        while (at > 0 && source[at - 1] is not ('\n' or '\r') && TextScan.IsWhite(source[at - 1]))
        {
            at--;
            lead++;
        }

        return lead;
    }

    // Where the record indents every paragraph of a turn, an unlabelled paragraph at the margin between turns is
    // the item of the agenda the chair announced (本院某委员会报告审查某某案。): it heads the items that follow.
    private bool TryAgendaItem(RawBlock block)
    {
        if (!_indentedTurns || !block.IsPlainLine || LeadOf(block) > 0 || block.Text.Length > MaxAgendaItemLength ||
            block.Text.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            return false;
        }

        var heading = TextScan.Trim(block.Text.AsSpan()).TrimEnd("。.；;");
        if (heading.Length == 0)
        {
            return false;
        }

        OpenSection(heading.ToString(), block);
        return true;
    }

    private bool TryProceedingsBlock(RawBlock block)
    {
        if (block.Kind != RawBlockKind.Paragraph)
        {
            return block.Kind == RawBlockKind.Heading && _inProcedure && AddProcedure(block);
        }

        var folded = block.Folded;
        var length = SpeakerLabelLength(folded);

        // 地点：本院议场, 主席：陈议长大文 before the first item: the record's header, data about the sitting.
        if (length > 0 && _articles.Count == 0 && TextScan.StartsWithAny(folded, ProceedingsLexicon.HeaderLabels) is { } label &&
            label.Length == length && TextScan.Trim(folded.AsSpan(length + 1)) is { Length: > 0 } value && !Punctuation.Terminal.Contains(value[^1]))
        {
            AddSideMatter(SideMatterKind.Metadata, block);
            return true;
        }

        if (length > 0 && IsChairLabel(folded.AsSpan(0, length)))
        {
            if (_article is { Closed: false } && TextScan.IndexOfAny(folded, ProceedingsLexicon.AnswerCalls, out _) >= 0)
            {
                return AddProcedure(block);
            }

            CloseArticle();
            _article = null;
            _inProcedure = true;
            return AddProcedure(block);
        }

        if (length > 0 && (_article is null || _article.Closed) && TryTurnTime(folded, length, out var time))
        {
            StartArticle(null, 1, block);
            _inProcedure = false;
            if (Speaker(block.Text[..length], folded[..length]) is { } speaker)
            {
                _article!.Authors.Add(speaker);
            }

            _article!.PublishedAt = _masthead.PublishedOn is { } date ? date + time : null;
            return false;
        }

        if (_inProcedure && FiledItem(block) is { } item)
        {
            StartArticle(item.Title, 1, block);
            _inProcedure = false;
            if (item.Author is { } author)
            {
                _article!.Authors.Add(author);
            }

            // The title line alone is consumed; a paragraph that runs on after it stays the item's first block.
            return item.TitleOnly;
        }

        if (_inProcedure && length == 0 && TryAgendaItem(block))
        {
            return true;
        }

        // The chair's turn goes on over the lines after it (接下来请…) until the next speaker.
        return _inProcedure && AddProcedure(block);
    }

    private bool AddProcedure(RawBlock block)
    {
        AddSideMatter(SideMatterKind.Procedure, block);
        return true;
    }

    private static bool IsChairLabel(ReadOnlySpan<char> label) =>
        TextScan.StartsWithAny(label, ProceedingsLexicon.ChairLabels) is { } chair && chair.Length == label.Length;

    // 王院长大明： → 5: the length of the speaker's label that opens the block, or 0.
    private static int SpeakerLabelLength(string folded) => TextScan.LeadingLabelLength(folded, MaxSpeakerLength);

    // （9时3分） right after the label's colon.
    private static bool TryTurnTime(string folded, int labelLength, out NodaTime.LocalTime time)
    {
        time = default;
        var at = labelLength + 1;
        return at < folded.Length && folded[at] is '（' or '(' && DateText.TryTime(folded, at + 1, out time, out var end) &&
            end < folded.Length && folded[end] is '）' or ')';
    }

    // 王院长大明 → 王大明, office 院长; 委员李小华 → 李小华. A label without an office is the name as printed.
    private static Author? Speaker(string label, string folded)
    {
        if (TextScan.IndexOfAny(folded, ProceedingsLexicon.Offices, out var found) is var at and >= 0 && found is { } office)
        {
            var name = at == 0 ? label[office.Length..] : label[..at] + label[(at + office.Length)..];
            return name.Length is >= 2 and <= 4 ? new Author(name, null, label.Substring(at, office.Length), null, null) : null;
        }

        return label.Length is >= 2 and <= 4 ? new Author(label, null, null, null, null) : null;
    }

    // 委员李小华书面质询： opening a block: an item filed in writing, titled by that label, by the member it names.
    private static (string Title, Author? Author, bool TitleOnly)? FiledItem(RawBlock block)
    {
        var text = TextScan.Trim(block.Text);
        var colon = text.AsSpan().IndexOfAny('：', ':');
        if (colon is < 2 or > MaxFiledItemLength || text.AsSpan(0, colon).IndexOfAny("，。；,; \u3000") >= 0)
        {
            return null;
        }

        var title = text[..colon];
        var folded = ChineseScript.ToSimplified(title);
        var kind = TextScan.EndsWithAny(folded, ProceedingsLexicon.ItemKinds);
        return kind is null || kind.Length == title.Length
            ? null
            : (title, Speaker(title[..^kind.Length], folded[..^kind.Length]), TextScan.Trim(text.AsSpan(colon + 1)).IsEmpty);
    }
}
