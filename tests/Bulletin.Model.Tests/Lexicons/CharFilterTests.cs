// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Lexicons;
using CsCheck;

namespace Bulletin.Model.Tests.Lexicons;

/// <summary>The word tables' prefilter may let a non-key through, never turn a key away.</summary>
public sealed class CharFilterTests
{
    [Fact]
    public void MayContain_EveryKey()
    {
        Gen.Char.Array[0, 64].Sample(keys =>
        {
            var filter = CharFilter.Of(keys);
            return keys.All(filter.MayContain);
        });
    }

    [Fact]
    public void MayContain_RefusesACharacterWhoseBitNoKeySets()
    {
        // 年 is U+5E74 and 月 U+6708: their low ten bits differ, so a filter of 年 alone refuses 月.
        var filter = CharFilter.Of(['年']);

        Assert.True(filter.MayContain('年'));
        Assert.False(filter.MayContain('月'));
        Assert.False(default(CharFilter).MayContain('年'));
    }
}
