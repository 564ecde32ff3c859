// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// A block read from the source: its shape, its text with markup removed (line breaks kept as <c>\n</c>),
/// and its extent in the source. Layout reads these and gives each its role in the document.
/// </summary>
internal sealed class RawBlock
{
    private string? _folded;

    internal RawBlock(RawBlockKind kind, string text, int start, int end)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
    }

    internal RawBlockKind Kind { get; set; }

    /// <summary>Gets or sets the text, markup removed; hard line breaks are <c>\n</c>.</summary>
    internal string Text
    {
        get;
        set
        {
            field = value;
            _folded = null;
        }
    }

    /// <summary>Gets the text folded to Simplified script, for lexicon look-ups; same length as <see cref="Text"/>.</summary>
    internal string Folded => _folded ??= ChineseScript.ToSimplified(Text);

    internal int Start { get; set; }

    internal int End { get; set; }

    /// <summary>Gets or sets the Markdown heading level, or 0.</summary>
    internal int Level { get; set; }

    /// <summary>Gets or sets a list item's marker (<c>1.</c>, <c>-</c>), or <see langword="null"/>.</summary>
    internal string? Marker { get; set; }

    internal string? Url { get; set; }

    internal List<RawRow>? Rows { get; set; }

    /// <summary>Gets or sets a value indicating whether the block came from a line-oriented reading.</summary>
    internal bool IsPlainLine { get; set; }

    /// <summary>Gets or sets whether a page number stood right before this block (taken out by the repairer).</summary>
    internal bool FollowsPageNumber { get; set; }

    public override string ToString() => $"{Kind} {Start}-{End}: {Text}";
}
