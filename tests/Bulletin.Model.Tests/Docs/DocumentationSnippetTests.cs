// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bulletin.Model.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// Every C# snippet in the README and in docs/ is compiled against the library as a user's console program
/// (top-level statements, the SDK's implicit usings), so the documentation cannot drift from the API.
/// </summary>
public sealed class DocumentationSnippetTests
{
    private const string Fence = "```csharp";

    // The global usings a new `dotnet new console` project gets.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in DocumentFiles())
        {
            for (var i = 0; i < Extract(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, file))).Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiles(string file, int index)
    {
        var (line, code) = Extract(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, file)))[index];
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options, path: file)],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, $"{file}, snippet at line {line}:\n" + string.Join('\n', errors.Select(e => $"  {e.Location.GetLineSpan().StartLinePosition.Line + line + 1}: {e.GetMessage()}")));
    }

    [Fact]
    public void Documentation_HasSnippetsToCompile() =>
        Assert.True(DocumentFiles().Sum(f => Extract(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, f))).Count) >= 10);

    private static IEnumerable<string> DocumentFiles() =>
        new[] { "README.md" }.Concat(
            Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Corpus.RepositoryRoot, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));

    // Each ```csharp block with the line its code starts on.
    private static List<(int Line, string Code)> Extract(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != Fence)
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            snippets.Add((start, string.Join('\n', lines[start..end])));
            i = end;
        }

        return snippets;
    }
}
