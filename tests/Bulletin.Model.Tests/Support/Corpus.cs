// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// Finds the real documents in ../shared/corpus (never copied into this repository) and the project's own
/// samples. Tests that need the corpus skip, saying why, when it is absent.
/// </summary>
internal static class Corpus
{
    internal static readonly string RepositoryRoot = FindRoot();

    internal static string CorpusDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    internal static string SamplesDirectory => Path.Combine(RepositoryRoot, "samples");

    internal static bool IsAvailable => Directory.Exists(Path.Combine(CorpusDirectory, "seeds"));

    internal const string SkipMessage = "needs the shared corpus (../shared/corpus), which is not next to the repository.";

    internal static string SeedPath(string prefix)
    {
        Skip.IfNot(IsAvailable, SkipMessage);
        return Directory.GetFiles(Path.Combine(CorpusDirectory, "seeds"), prefix + "_*.txt").Single();
    }

    internal static string GoldPath(string prefix)
    {
        Skip.IfNot(IsAvailable, SkipMessage);
        return Directory.GetFiles(Path.Combine(CorpusDirectory, "gold"), prefix + "_*.jsonl").Single();
    }

    internal static string[] SeedPrefixes => ["000", "001", "002", "003", "004"];

    internal static string DevDirectory => Path.Combine(CorpusDirectory, "dev");

    internal static bool DevIsAvailable => Directory.Exists(DevDirectory);

    internal const string DevSkipMessage = "needs the shared corpus's dev documents (../shared/corpus/dev), which are not next to the repository.";

    /// <summary>Gets the dev documents' stems (<c>dev01</c>…), found from their gold claim files.</summary>
    internal static string[] DevPrefixes =>
        DevIsAvailable
            ? Directory.GetFiles(DevDirectory, "*.claims.jsonl").Select(f => Path.GetFileName(f)[..5]).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Gets the path of a dev document's text (<c>.txt</c> or <c>.md</c>, never its notes).</summary>
    internal static string DevPath(string prefix)
    {
        Skip.IfNot(DevIsAvailable, DevSkipMessage);
        return Directory.GetFiles(DevDirectory, prefix + "_*")
            .Single(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)) && !f.EndsWith(".notes.md", StringComparison.Ordinal));
    }

    internal static string DevGoldPath(string prefix) => Path.ChangeExtension(DevPath(prefix), null) + ".claims.jsonl";

    internal static string DevLayoutPath(string prefix) => Path.ChangeExtension(DevPath(prefix), null) + ".layout.json";

    /// <summary>Gets the seeds (<c>seed 000</c>…) and then the dev documents (<c>dev01</c>…), by name, with their text.</summary>
    internal static IEnumerable<(string Name, string Text)> SeedAndDevTexts()
    {
        foreach (var prefix in SeedPrefixes)
        {
            yield return ("seed " + prefix, SeedText(prefix));
        }

        foreach (var prefix in DevPrefixes)
        {
            yield return (prefix, DevText(prefix));
        }
    }

    internal static string DevText(string prefix) => TextDecoder.Decode(File.ReadAllBytes(DevPath(prefix))).Text;

    internal static string SeedText(string prefix) => TextDecoder.Decode(File.ReadAllBytes(SeedPath(prefix))).Text;

    internal static BulletinIssue ParseSeed(string prefix) => BulletinParser.Default.Parse(SeedText(prefix)).GetValueOrThrow();

    internal static string[] SampleFiles => Directory.GetFiles(SamplesDirectory, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bulletin.Model.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bulletin.Model.sln not found above the test binaries.");
    }
}
