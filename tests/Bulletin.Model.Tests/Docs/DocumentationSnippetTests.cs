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
        foreach (var file in DocumentationBlocks.Files())
        {
            for (var i = 0; i < CSharp(file).Count; i++)
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
        var snippet = CSharp(file)[index];
        var line = snippet.Line;
        var compilation = Compile(file, snippet.Body);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, $"{file}, snippet at line {line}:\n" + string.Join('\n', errors.Select(e => $"  {e.Location.GetLineSpan().StartLinePosition.Line + line + 1}: {e.GetMessage()}")));
    }

    [Fact]
    public void Documentation_HasSnippetsToCompile() =>
        Assert.True(DocumentationBlocks.Files().Sum(f => CSharp(f).Count) >= 10);

    /// <summary>A snippet as the console program of a new <c>dotnet new console</c> project.</summary>
    internal static CSharpCompilation Compile(string file, string code)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options, path: file)],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static List<DocumentationBlocks.Block> CSharp(string file) =>
        DocumentationBlocks.Read(file).Where(b => b.Language == "csharp").ToList();
}
