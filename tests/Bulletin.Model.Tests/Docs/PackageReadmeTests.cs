// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// A package's README is read on nuget.org, away from the repository: every link is absolute, and every link into the
/// repository names a file that exists. The project files pack it as the package's README.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private const string RepositoryFiles = "https://github.com/bulletin-model/bulletin-model/blob/main/";

    public static TheoryData<string> Readmes() => [.. DocumentationBlocks.PackageReadmes];

    [Theory]
    [MemberData(nameof(Readmes))]
    public void PackageReadme_LinksAreAbsoluteAndExist(string readme)
    {
        var links = Link().Matches(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, readme))).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(link.StartsWith("https://", StringComparison.Ordinal), $"{readme}: {link} is not absolute");
            if (link.StartsWith(RepositoryFiles, StringComparison.Ordinal))
            {
                var path = link[RepositoryFiles.Length..].Split('#')[0];
                Assert.True(File.Exists(Path.Combine(Corpus.RepositoryRoot, path)), $"{readme}: {link} names no file of the repository");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public void PackageReadme_IsPackedAsTheReadme(string readme)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Corpus.RepositoryRoot, readme))!;
        var project = File.ReadAllText(Directory.EnumerateFiles(folder, "*.csproj").Single());
        Assert.Contains("<PackageReadmeFile>README.md</PackageReadmeFile>", project, StringComparison.Ordinal);
        Assert.Contains($"<None Include=\"{Path.GetFileName(readme)}\" Pack=\"true\" PackagePath=\"README.md\" />", project, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)", RegexOptions.NonBacktracking)]
    private static partial Regex Link();
}
