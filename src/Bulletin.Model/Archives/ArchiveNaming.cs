// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bulletin.Model.Archives;

/// <summary>
/// The file name an issue is archived under: publication, year and number (<c>滨海商务简报-2026-03.json</c>);
/// the publication date when there is no number; else the source hash, so the name never depends on the order
/// in which files were archived.
/// </summary>
internal static class ArchiveNaming
{
    internal const string Extension = ".json";

    // Characters that some file system or zip tool refuses, or that change meaning in a path.
    private static readonly SearchValues<char> s_unsafe = SearchValues.Create("\\/:*?\"<>|#%&{}$!'@+`=");

    private const int MaxStemLength = 60;

    internal static string For(BulletinIssue issue)
    {
        var stem = Clean(issue.Publication.Name ?? FirstTitle(issue) ?? issue.Kind.ToString());
        var name = new StringBuilder(stem);
        if (issue.Year is { } year && issue.Number is { } number)
        {
            name.Append(CultureInfo.InvariantCulture, $"-{year:D4}-{number:D2}");
        }
        else if (issue.PublishedOn is { } date)
        {
            name.Append('-').Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (issue.Source is { } source)
        {
            name.Append('-').Append(source.Sha256.AsSpan(0, Math.Min(12, source.Sha256.Length)));
        }

        return name.Append(Extension).ToString();
    }

    /// <summary>The name for the <paramref name="copy"/>-th issue (from 2) that wanted an already used name.</summary>
    internal static string Numbered(string name, int copy) =>
        string.Concat(name.AsSpan(0, name.Length - Extension.Length), "~", copy.ToString(CultureInfo.InvariantCulture), Extension);

    private static string? FirstTitle(BulletinIssue issue)
    {
        var articles = issue.EnumerateArticles();
        return articles.Count > 0 ? articles[0].Title : null;
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxStemLength));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= MaxStemLength)
            {
                break;
            }

            var safe = !Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune) && !(rune.IsBmp && s_unsafe.Contains((char)rune.Value));
            if (safe)
            {
                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var stem = builder.ToString().Trim('_', '.');
        return stem.Length == 0 ? "issue" : stem;
    }
}
