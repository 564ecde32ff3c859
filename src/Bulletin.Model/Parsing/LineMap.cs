// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;

namespace Bulletin.Model.Parsing;

/// <summary>Maps offsets in a text to 1-based lines and columns.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    internal LineMap(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            var next = span[i..].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts.Add(i);
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    internal SourceSpan Span(int start, int end)
    {
        start = Math.Clamp(start, 0, _length);
        end = Math.Clamp(end, start, _length);
        // The span's own search: the array's goes through a comparer for every step.
        var line = _lineStarts.AsSpan().BinarySearch(start);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(start, end - start, line + 1, start - _lineStarts[line] + 1);
    }
}
