// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Normalises a title for comparison: Simplified script, half-width letters and digits, ASCII lower case,
/// and no white space or punctuation, so that a contents line and its heading compare equal.
/// </summary>
internal static class TitleKey
{
    internal static string Of(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var raw in title)
        {
            var c = raw is >= '！' and <= '～' ? (char)(raw - 0xFEE0) : raw;
            c = ChineseScript.ToSimplified(c);
            if (Punctuation.TitleNoise.Contains(c) || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            // ASCII only: the culture's case tables are slow and a title's other letters need no folding.
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
        }

        return builder.ToString();
    }

    /// <summary>Whether two keys name the same title: equal, or one the start of the other when long enough.</summary>
    internal static bool Matches(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        const int MinPrefix = 8;
        return Math.Min(a.Length, b.Length) >= MinPrefix &&
            (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }
}
