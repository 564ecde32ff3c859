// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;
using Xunit;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// A fact that reads the shared corpus. Where the corpus is absent the test is skipped before it runs, once, under a
/// name that says why — rather than starting and skipping from inside, which the runner reports without the reason.
/// </summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(CorpusPart needs = CorpusPart.Seeds, [CallerMemberName] string method = "", [CallerFilePath] string file = "")
    {
        (Skip, DisplayName) = CorpusSkip.For(needs, method, file);
    }
}
