// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;

namespace Bulletin.Model.Tests.Support;

/// <summary>Which part of the shared corpus a test reads.</summary>
internal enum CorpusPart
{
    /// <summary>The five seed documents and their gold claims.</summary>
    Seeds,

    /// <summary>The dev documents with their gold claims and layouts.</summary>
    Dev,

    /// <summary>Both the seeds and the dev documents.</summary>
    SeedsAndDev,
}

/// <summary>The skip reason and display name of a corpus test, decided once when its attribute is read.</summary>
internal static class CorpusSkip
{
    internal static (string? Skip, string? DisplayName) For(CorpusPart needs, string method, string file)
    {
        var present = needs switch
        {
            CorpusPart.Seeds => Corpus.IsAvailable,
            CorpusPart.Dev => Corpus.DevIsAvailable,
            _ => Corpus.IsAvailable && Corpus.DevIsAvailable,
        };
        if (present)
        {
            return (null, null);
        }

        var reason = needs != CorpusPart.Dev && !Corpus.IsAvailable ? Corpus.SkipMessage : Corpus.DevSkipMessage;

        // The runner's one line for a skipped test shows its name and not its reason, so the name carries the reason.
        var name = Path.GetFileNameWithoutExtension(file).Replace('.', '_') + "." + method;
        return (reason, $"{name} — skipped: {reason}");
    }
}
