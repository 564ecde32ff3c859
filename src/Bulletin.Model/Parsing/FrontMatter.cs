// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Bulletin.Model.Parsing;

/// <summary>
/// YAML front matter as static-site generators (Jekyll, Hexo, Hugo) write it at the top of a Markdown file: a
/// <c>---</c> line, <c>key: value</c> lines (lists as indented <c>- item</c> lines), a closing <c>---</c>. Blank lines
/// may come first. It is the file's metadata, never its body: its title and date go to the masthead, the whole
/// block is kept as side matter.
/// </summary>
internal sealed class FrontMatter
{
    private const int MaxLines = 200;

    private FrontMatter(int start, int end, Dictionary<string, string> values)
    {
        Start = start;
        End = end;
        Values = values;
    }

    /// <summary>Gets where the opening <c>---</c> starts.</summary>
    internal int Start { get; }

    /// <summary>Gets where the line after the closing <c>---</c> starts.</summary>
    internal int End { get; }

    /// <summary>Gets the scalar values by key (lower case); a list's items are joined by <c>, </c>.</summary>
    internal Dictionary<string, string> Values { get; }

    internal string? Title => Values.TryGetValue("title", out var title) && title.Length > 0 ? title : null;

    /// <summary>Reads the <c>date:</c> value: ISO (<c>2024-08-15</c>, with a time), or RFC 1123 (<c>Sun, 27 Mar 2022 01:46:35 GMT</c>).</summary>
    internal bool TryGetDate(out LocalDate date, out LocalTime? time)
    {
        date = default;
        time = null;
        if (!Values.TryGetValue("date", out var text) || text.Length == 0)
        {
            return false;
        }

        if (DateTime.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var rfc) ||
            DateTime.TryParseExact(text, "ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out rfc))
        {
            var local = LocalDateTime.FromDateTime(rfc);
            date = local.Date;
            time = local.TimeOfDay;
            return true;
        }

        if (DateText.TryFind(text.AsSpan(), out var found))
        {
            date = found.Date;
            time = found.Time;
            return true;
        }

        return false;
    }

    /// <summary>Reads the front matter at the start of the text, if it has one.</summary>
    internal static FrontMatter? TryRead(string text)
    {
        var position = 0;
        var opened = -1;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? listKey = null;
        var lines = 0;
        while (position < text.Length && lines++ < MaxLines)
        {
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(position, (lineEnd < 0 ? text.Length : lineEnd) - position).TrimEnd('\r');
            var trimmed = TextScan.Trim(line);
            if (opened < 0)
            {
                if (trimmed.Length == 0)
                {
                    position = next;
                    continue;
                }

                if (!line.TrimEnd().SequenceEqual("---"))
                {
                    return null;
                }

                opened = position;
                position = next;
                continue;
            }

            if (line.TrimEnd().SequenceEqual("---") || line.TrimEnd().SequenceEqual("..."))
            {
                return values.Count > 0 ? new FrontMatter(opened, next, values) : null;
            }

            position = next;
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '-' && listKey is not null && line.Length > 0 && (TextScan.IsWhite(line[0]) || line[0] == '-'))
            {
                var item = Unquote(TextScan.Trim(trimmed[1..]));
                values[listKey] = values[listKey].Length == 0 ? item : values[listKey] + ", " + item;
                continue;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0 || !IsKey(trimmed[..colon]))
            {
                // Not YAML: a document that opens with a rule, not front matter.
                return null;
            }

            var key = trimmed[..colon].ToString().ToLowerInvariant();
            var value = Unquote(TextScan.Trim(trimmed[(colon + 1)..]));
            values[key] = value;
            listKey = value.Length == 0 ? key : null;
        }

        return null;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && ((value[0] == '\'' && value[^1] == '\'') || (value[0] == '"' && value[^1] == '"')))
        {
            value = value[1..^1];
        }

        return value.ToString();
    }
}
