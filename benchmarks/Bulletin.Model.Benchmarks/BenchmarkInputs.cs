// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Benchmarks;

/// <summary>The seed documents (from ../shared/corpus) and the project's samples, read once.</summary>
internal static class BenchmarkInputs
{
    internal static IReadOnlyDictionary<string, string> Documents { get; } = Load();

    private static Dictionary<string, string> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Bulletin.Model.sln")))
        {
            root = root.Parent;
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null)
        {
            return documents;
        }

        var seeds = Path.Combine(root.FullName, "..", "shared", "corpus", "seeds");
        var dev = Path.Combine(root.FullName, "..", "shared", "corpus", "dev");
        var files = (Directory.Exists(seeds) ? Directory.GetFiles(seeds, "*.txt") : [])
            .Concat(Directory.Exists(dev) ? Directory.GetFiles(dev).Where(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)) && !f.EndsWith(".notes.md", StringComparison.Ordinal)) : [])
            .Concat(Directory.GetFiles(Path.Combine(root.FullName, "samples"), "*.md"));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            documents[Path.GetFileName(file)[..Math.Min(Path.GetFileName(file).Length, 12)]] = TextDecoder.Decode(File.ReadAllBytes(file)).Text;
        }

        return documents;
    }
}
