// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// The extractor against the gold files, every run: F1 at least 0.98, at least 0.97 of the gold claims with value,
/// unit and kind all right, and the period right on at least 0.90 of those that state one, on every seed (issue 9's
/// bar for the seeds).
/// </summary>
public sealed class ClaimAccuracyTests(ITestOutputHelper output)
{
    private const double MinF1 = 0.98;
    private const double MinFullyRight = 0.97;
    private const double MinPeriod = 0.90;

    [CorpusTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Extract_Seed_MatchesGold(string seed)
    {
        var row = AccuracyReport.For("seed " + seed);
        var score = row.Claims;
        AccuracyReport.Print(row, output);
        System.Console.WriteLine($"claims seed {seed}: {score}");

        Assert.True(score.F1 >= MinF1, $"seed {seed}: F1 {score.F1:0.000} is below {MinF1}. {score}");
        Assert.True(score.FullyRightShare >= MinFullyRight, $"seed {seed}: fully right {score.FullyRightShare:0.000} is below {MinFullyRight}. {score}");
        Assert.True(score.PeriodShare >= MinPeriod, $"seed {seed}: period {score.PeriodShare:0.000} is below {MinPeriod}. {score}");
    }
}
