// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Numbers as PDF converters leave them in papers: LaTeX inline math with spaced digits. Our own sentences.</summary>
public sealed class ConvertedPaperTests
{
    [Theory]
    [InlineData("检测准确率提高到 $9 2 . 4 5 \\%$ ，优于基线。", "9 2 . 4 5 \\%", 92.45)]
    [InlineData("其中 $35 \\%$ 的样本来自公开数据集。", "35 \\%", 35)]
    [InlineData("误差降至 $0 . 8 \\%$ 以内。", "0 . 8 \\%", 0.8)]
    public void SpacedDigitsInInlineMath_AreOneNumber(string sentence, string text, decimal value)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).Single(c => c.Unit == "%");

        Assert.Equal(text, claim.Text);
        Assert.Equal(value, System.Math.Abs(claim.Value!.Value));
    }

    [Fact]
    public void SpacedDigitsOutsideMath_AreNotJoined()
    {
        var claims = ClaimExtractor.Default.Extract("共有 3 4 个样本组。");

        Assert.DoesNotContain(claims, c => c.Value == 34m);
    }
}
