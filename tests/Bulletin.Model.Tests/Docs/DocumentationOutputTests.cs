// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>The process-wide console and current folder that running a document's programs takes over.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>
/// Every output a document shows is what its program really prints: the document is replayed in a fresh folder
/// (holding a copy of <c>samples/</c>), its <c>file:</c> blocks saved, and at each <c>output</c> block the C# program
/// before it is compiled, run there, and its console output compared line by line (<c>…</c> matches any text).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DocumentationOutputTests
{
    public static TheoryData<string> DocumentsWithOutput()
    {
        var data = new TheoryData<string>();
        foreach (var file in DocumentationBlocks.Files().Where(f => DocumentationBlocks.Read(f).Any(b => b.IsOutput)))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsWithOutput))]
    public void Document_ShowsWhatItsProgramsPrint(string file)
    {
        var folder = Directory.CreateTempSubdirectory("bulletin-doc-");
        var saved = (Console.Out, Environment.CurrentDirectory);
        var problems = new List<string>();
        try
        {
            CopyFolder(Path.Combine(Corpus.RepositoryRoot, "samples"), Path.Combine(folder.FullName, "samples"));
            Environment.CurrentDirectory = folder.FullName;
            DocumentationBlocks.Block? program = null;
            foreach (var block in DocumentationBlocks.Read(file))
            {
                if (block.FileName is { } name)
                {
                    File.WriteAllText(Path.Combine(folder.FullName, name), block.Body + "\n");
                }

                if (block.Language == "csharp")
                {
                    program = block;
                }
                else if (block.IsOutput)
                {
                    Assert.True(program is not null, $"{file}: the output at line {block.Line} follows no C# program.");
                    var printed = Run(file, program!);
                    Console.SetOut(saved.Out);
                    if (Mismatch(printed, block.Body) is { } why)
                    {
                        problems.Add($"{file}, output at line {block.Line} (program at line {program!.Line}): {why}\n--- printed:\n{printed}");
                    }
                }
            }
        }
        finally
        {
            Console.SetOut(saved.Out);
            Environment.CurrentDirectory = saved.CurrentDirectory;
            folder.Delete(recursive: true);
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Theory]
    [InlineData("a …", "a b c", true)]
    [InlineData("… warning BLT2001: …", "13:1: warning BLT2001: The contents", true)]
    [InlineData("a … c", "a b", false)]
    [InlineData("abc", "abd", false)]
    [InlineData("x", "x\n\n", true)]
    [InlineData("x\ny", "x", false)]
    [InlineData("a\n…\nz", "a\nb\nc\nz", true)]
    [InlineData("a\n…\nz", "a\nz", true)]
    [InlineData("a\n…\nz", "a\nb\ny", false)]
    public void Mismatch_IsLineForLineWithAnEllipsisForAnyText(string expected, string printed, bool same) =>
        Assert.Equal(same, Mismatch(printed, expected) is null);

    // Why the printed text is not the expected one, or null when it is. A line that is only … stands for any number
    // of lines (a long listing shown by its head).
    internal static string? Mismatch(string printed, string expected)
    {
        var actual = Lines(printed);
        var shown = Lines(expected);
        if (!Array.Exists(shown, l => l == "…") && actual.Length != shown.Length)
        {
            return $"it prints {actual.Length} lines, the document shows {shown.Length}";
        }

        var a = 0;
        for (var i = 0; i < shown.Length; i++)
        {
            if (shown[i] == "…")
            {
                // The lines after the gap are the last ones printed.
                var rest = shown.Length - i - 1;
                if (actual.Length - a < rest)
                {
                    return $"it prints {actual.Length} lines, fewer than the {shown.Length - 1} the document shows";
                }

                a = actual.Length - rest;
                continue;
            }

            if (a >= actual.Length)
            {
                return $"it prints {actual.Length} lines, the document shows more";
            }

            if (!Matches(actual[a], shown[i]))
            {
                return $"line {a + 1} differs:\n  document: {shown[i]}\n  printed:  {actual[a]}";
            }

            a++;
        }

        return a == actual.Length ? null : $"it prints {actual.Length} lines, the document shows {a}";
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    // … stands for any text; everything else is literal.
    private static bool Matches(string line, string pattern)
    {
        var pieces = pattern.Split('…');
        if (pieces.Length == 1)
        {
            return line == pattern;
        }

        if (!line.StartsWith(pieces[0], StringComparison.Ordinal) || !line.EndsWith(pieces[^1], StringComparison.Ordinal) ||
            line.Length < pieces[0].Length + pieces[^1].Length)
        {
            return false;
        }

        var at = pieces[0].Length;
        var end = line.Length - pieces[^1].Length;
        foreach (var piece in pieces[1..^1])
        {
            var found = line.AsSpan(at, end - at).IndexOf(piece, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at += found + piece.Length;
        }

        return true;
    }

    private static string Run(string file, DocumentationBlocks.Block program)
    {
        using var image = new MemoryStream();
        var emitted = DocumentationSnippetTests.Compile(file, program.Body).Emit(image);
        Assert.True(emitted.Success, $"{file}, program at line {program.Line} does not compile.");
        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
        var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        return output.ToString();
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, path);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }
}
