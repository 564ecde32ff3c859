// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;
using Xunit;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// A theory over documents of the shared corpus. Where the corpus is absent the whole theory is one skipped test whose
/// name says why, instead of one unexplained skip per document.
/// </summary>
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(CorpusPart needs = CorpusPart.Seeds, [CallerMemberName] string method = "", [CallerFilePath] string file = "")
    {
        (Skip, DisplayName) = CorpusSkip.For(needs, method, file);
    }
}
