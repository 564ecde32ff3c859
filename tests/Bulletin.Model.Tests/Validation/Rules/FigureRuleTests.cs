// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Validation.Rules;
using CsCheck;

namespace Bulletin.Model.Tests.Validation.Rules;

/// <summary>The longest run two names share, which BLT2111 uses to tell a row's label in a subject.</summary>
public sealed class FigureRuleTests
{
    [Theory]
    [InlineData("电子设备制造业", "制造业增加值", 3)]
    [InlineData("港口", "港口吞吐量", 2)]
    [InlineData("甲乙", "丙丁", 0)]
    [InlineData("", "丙丁", 0)]
    [InlineData("abcabd", "xxabdabc", 3)]
    public void CommonLength_IsTheLongestSharedRun(string a, string b, int expected) =>
        Assert.Equal(expected, FigureRule.CommonLength(a, b));

    [Fact]
    public void CommonLength_WithItsShortcuts_IsWhatEveryStartGives() =>
        Gen.Select(Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12], Gen.String[Gen.Char["甲乙丙丁ab"], 0, 12]).Sample((a, b) => FigureRule.CommonLength(a, b) == Naive(a, b));

    private static int Naive(string a, string b)
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
