// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Claims;

/// <summary>
/// Gives lines and columns for positions asked in increasing order, walking the text once and allocating
/// nothing; a position before the last one asked restarts the walk.
/// </summary>
internal sealed class LineWalker(string text)
{
    private int _position;
    private int _line = 1;
    private int _lineStart;

    internal SourceSpan Span(int start, int end)
    {
        if (start < _position)
        {
            (_position, _line, _lineStart) = (0, 1, 0);
        }

        var span = text.AsSpan();
        while (_position < start)
        {
            var next = span[_position..start].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                _position = start;
                break;
            }

            var at = _position + next;
            var width = span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? 2 : 1;
            if (at + width > start && width == 2)
            {
                // The start falls between \r and \n: still on the line the \r ends.
                _position = start;
                break;
            }

            _line++;
            _lineStart = at + width;
            _position = _lineStart;
        }

        return new SourceSpan(start, end - start, _line, start - _lineStart + 1);
    }
}
