// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// The fenced blocks of the README and docs/, with the markers that make a document runnable (the same ones
/// <c>eng/getting-started.sh</c> reads): <c>&lt;!-- file: NAME --&gt;</c> before a block saves it as NAME, and
/// <c>&lt;!-- output --&gt;</c> before a <c>text</c> block is what the program before it prints.
/// </summary>
internal static class DocumentationBlocks
{
    internal const string OutputMarker = "<!-- output -->";

    private const string FileMarker = "<!-- file: ";

    internal static IEnumerable<string> Files() =>
        new[] { "README.md" }.Concat(PackageReadmes).Concat(
            Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Corpus.RepositoryRoot, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));

    /// <summary>The README each package carries to its nuget.org page (packed as README.md).</summary>
    internal static readonly string[] PackageReadmes =
        ["src/Bulletin.Model/PACKAGE.md", "src/Bulletin.Model.Analytics/PACKAGE.md", "src/Bulletin.Cli/PACKAGE.md"];

    internal static IReadOnlyList<Block> Read(string file)
    {
        var lines = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, file)).ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<Block>();
        string? marker = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith(FileMarker, StringComparison.Ordinal) && line.EndsWith(" -->", StringComparison.Ordinal))
            {
                marker = line;
                continue;
            }

            if (line == OutputMarker)
            {
                marker = line;
                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    marker = null;
                }

                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end] != "```")
            {
                end++;
            }

            var fileName = marker is not null && marker.StartsWith(FileMarker, StringComparison.Ordinal) ? marker[FileMarker.Length..^" -->".Length] : null;
            blocks.Add(new Block(start, line[3..].Trim(), string.Join('\n', lines[start..end]), fileName, marker == OutputMarker));
            marker = null;
            i = end;
        }

        return blocks;
    }

    /// <summary>One fenced block: the line its body starts on, its language, its body and what its marker says.</summary>
    internal sealed record Block(int Line, string Language, string Body, string? FileName, bool IsOutput);
}
