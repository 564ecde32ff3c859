// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Buffers;

namespace Bulletin.Model.Lexicons;

/// <summary>Character classes the layout scanners dispatch on.</summary>
internal static class Punctuation
{
    /// <summary>Characters that end a sentence or a closed clause; a paragraph ending in one is complete.</summary>
    internal static readonly SearchValues<char> Terminal = SearchValues.Create("。！？!?…；;”’」』）)】》].．\"'");

    /// <summary>Characters that separate clauses inside a sentence.</summary>
    internal static readonly SearchValues<char> Clause = SearchValues.Create("，,、。；;：:");

    /// <summary>Characters a paragraph cannot begin with: a block that begins with one continues the one before.</summary>
    internal static readonly SearchValues<char> Continuation = SearchValues.Create("，,、。；;：:）)」』”’》】.．！？!?");

    /// <summary>Dot leaders between a contents title and its page.</summary>
    internal static readonly SearchValues<char> Leader = SearchValues.Create(".．…·•-—_ \u3000\t");

    /// <summary>Bullets that open a list item or a section label in plain text.</summary>
    internal static readonly SearchValues<char> Bullets = SearchValues.Create("●◎○•·■□◆◇▪▶►-*+");

    /// <summary>The characters of a bare figure in a table cell: digits, decimal points and thousands separators.</summary>
    internal static readonly SearchValues<char> FigureCharacters = SearchValues.Create("0123456789.,０１２３４５６７８９．，");

    /// <summary>The characters of a figure written with ASCII digits only.</summary>
    internal static readonly SearchValues<char> AsciiFigureCharacters = SearchValues.Create("0123456789.,");

    /// <summary>Characters ignored when titles are compared.</summary>
    internal static readonly SearchValues<char> TitleNoise = SearchValues.Create(
        " \u3000\t\r\n:：,，、.。;；!！?？\"'“”‘’「」『』《》〈〉()（）[]【】-—–~～·・…*_#|/／\\");
}
