// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Parsing;

/// <summary>Tells Markdown-like text (paragraphs between blank lines) from text written one paragraph a line.</summary>
internal static class LayoutSniffer
{
    private const int MinLinesToJudge = 8;

    internal static bool SeparatesParagraphsWithBlankLines(string text)
    {
        var blank = 0;
        var filled = 0;
        var lastWasBlank = true;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (TextScan.Trim(line).IsEmpty)
            {
                if (!lastWasBlank)
                {
                    blank++;
                }

                lastWasBlank = true;
            }
            else
            {
                filled++;
                lastWasBlank = false;
            }
        }

        return filled < MinLinesToJudge || blank * 4 >= filled;
    }
}
