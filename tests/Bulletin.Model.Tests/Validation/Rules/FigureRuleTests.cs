// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Validation.Rules;
using CsCheck;

namespace Bulletin.Model.Tests.Validation.Rules;

/// <summary>Whether two names share a run of some length, which BLT2111 uses to tell a row's label in a subject.</summary>
public sealed class FigureRuleTests
{
    [Theory]
    [InlineData("电子设备制造业", "制造业增加值", 3, true)]
    [InlineData("电子设备制造业", "制造业增加值", 4, false)]
    [InlineData("港口", "港口吞吐量", 2, true)]
    [InlineData("港口", "港口吞吐量", 3, false)]
    [InlineData("甲乙", "丙丁", 1, false)]
    [InlineData("甲乙", "丙丁", 0, true)]
    [InlineData("", "丙丁", 1, false)]
    [InlineData("abcabd", "xxabdabc", 3, true)]
    [InlineData("abcabd", "xxabdabc", 4, false)]
    public void SharesRun_IsWhetherTheLongestSharedRunReachesTheLength(string a, string b, int length, bool expected) =>
        Assert.Equal(expected, FigureRule.SharesRun(a, b, length));

    [Fact]
    public void SharesRun_IsWhatMeasuringFromEveryStartGives() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12], Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12], Gen.Int[0, 6])
            .Sample((a, b, length) => FigureRule.SharesRun(a, b, length) == (LongestRun(a, b) >= length));

    // The longest run of characters two texts share, measured from every pair of starts.
    internal static int LongestRun(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k])
                {
                    k++;
                }

                best = Math.Max(best, k);
            }
        }

        return best;
    }
}
