// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// The extractor against the gold files, every run: F1 at least 0.95 and at least 0.90 of the gold claims
/// with value, unit and kind all right, on every seed.
/// </summary>
public sealed class ClaimAccuracyTests(ITestOutputHelper output)
{
    private const double MinF1 = 0.95;
    private const double MinFullyRight = 0.90;

    [SkippableTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Extract_Seed_MatchesGold(string seed)
    {
        var source = Corpus.SeedText(seed);
        var issue = Bulletin.Model.Parsing.BulletinParser.Default.Parse(source).GetValueOrThrow();
        var score = ClaimScore.Compute(GoldClaim.Load(Corpus.GoldPath(seed), source), issue.Claims);
        output.WriteLine($"seed {seed}: {score}");
        System.Console.WriteLine($"claims seed {seed}: {score}");
        foreach (var miss in score.Misses)
        {
            output.WriteLine("  missed: " + miss);
        }

        foreach (var extra in score.Extras)
        {
            output.WriteLine("  extra:  " + extra);
        }

        foreach (var wrong in score.Wrong)
        {
            output.WriteLine("  wrong:  " + wrong);
        }

        Assert.True(score.F1 >= MinF1, $"seed {seed}: F1 {score.F1:0.000} is below {MinF1}. {score}");
        Assert.True(score.FullyRightShare >= MinFullyRight, $"seed {seed}: fully right {score.FullyRightShare:0.000} is below {MinFullyRight}. {score}");
    }
}
