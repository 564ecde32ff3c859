// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Bulletin.Model.Tests.Docs;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Cli;

/// <summary>
/// docs/cli.md shows real runs: each <c>$ bulletin …</c> line of its text blocks is run in a fresh folder holding a
/// copy of <c>samples/</c>, the <c>archive</c> commands first (the others read what they write), and what it prints
/// and its exit code are compared with what the page shows; only timings are blanked, as eng/cli-examples.sh does.
/// </summary>
public sealed partial class CliDocumentTests
{
    private const string Prompt = "$ bulletin ";

    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public async Task CliDocument_ShowsWhatEachCommandPrints()
    {
        // The archives the page's examples read are written first, whichever section shows how.
        var runs = Commands().OrderBy(c => c.Arguments[0] == "archive" ? 0 : 1).ToList();
        Assert.True(runs.Count >= 10, $"docs/cli.md shows {runs.Count} commands");
        var folder = Directory.CreateTempSubdirectory("bulletin-cli-doc-");
        try
        {
            DocumentationOutputTests.CopyFolder(Path.Combine(Corpus.RepositoryRoot, "samples"), Path.Combine(folder.FullName, "samples"));
            var problems = new List<string>();
            foreach (var (line, arguments, expected) in runs)
            {
                var printed = BlankTimings(await RunAsync(folder.FullName, arguments));
                if (DocumentationOutputTests.Mismatch(printed, expected) is { } why)
                {
                    problems.Add($"docs/cli.md line {line}, bulletin {string.Join(' ', arguments)}: {why}\n--- printed:\n{printed}");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("claims --text \"a b\" --format jsonl", new[] { "claims", "--text", "a b", "--format", "jsonl" })]
    [InlineData("parse x.md", new[] { "parse", "x.md" })]
    public void Arguments_AreSplitAsAShellSplitsThem(string line, string[] expected) => Assert.Equal(expected, Split(line));

    // Each command with the line it stands on and the output shown under it, through its "(exit N)" line.
    private static IEnumerable<(int Line, string[] Arguments, string Expected)> Commands()
    {
        foreach (var block in DocumentationBlocks.Read("docs/cli.md").Where(b => b.Language == "text"))
        {
            var lines = block.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith(Prompt, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = i + 1;
                while (end < lines.Length && !lines[end].StartsWith("(exit ", StringComparison.Ordinal))
                {
                    end++;
                }

                yield return (block.Line + i, Split(lines[i][Prompt.Length..]), string.Join('\n', lines[(i + 1)..Math.Min(end + 1, lines.Length)]));
                i = end;
            }
        }
    }

    private static string[] Split(string line)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            arguments.Add(current.ToString());
        }

        return [.. arguments];
    }

    // 0.42 s → 0.00 s: the one thing that changes from run to run.
    private static string BlankTimings(string printed) => Timing().Replace(printed, "0.00 s ");

    [GeneratedRegex(@"[0-9]+\.[0-9]+ s ", RegexOptions.NonBacktracking)]
    private static partial Regex Timing();

    private static async Task<string> RunAsync(string folder, string[] arguments)
    {
        var (code, output, error) = await BulletinTool.RunAsync(folder, arguments);
        return $"{output}{error}(exit {code})\n";
    }
}
