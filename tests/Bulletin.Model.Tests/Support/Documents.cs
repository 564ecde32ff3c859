// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.IO;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Support;

/// <summary>Every document the tests can parse: the project's samples always, the seeds when the corpus is present.</summary>
internal static class Documents
{
    internal static IEnumerable<(string Name, string Text)> All()
    {
        foreach (var sample in Corpus.SampleFiles)
        {
            yield return (Path.GetFileName(sample), TextDecoder.Decode(File.ReadAllBytes(sample)).Text);
        }

        if (Corpus.IsAvailable)
        {
            foreach (var prefix in Corpus.SeedPrefixes)
            {
                yield return ("seed " + prefix, Corpus.SeedText(prefix));
            }
        }
    }
}
