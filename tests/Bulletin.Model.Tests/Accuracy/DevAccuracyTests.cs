// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Bulletin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Bulletin.Model.Tests.Accuracy;

/// <summary>
/// Claims and layout against the dev documents' gold files, every run. The targets of the claims and layout issues
/// (F1 0.95, fully right 0.90, period 0.90, layout 0.95 on every dev document) are not all met yet; until they are,
/// each document is held to the floor it has reached, so that no change goes backwards unseen, and the figures are
/// printed and written to <c>docs/accuracy.md</c> by the same computation.
/// </summary>
public sealed class DevAccuracyTests(ITestOutputHelper output)
{
    internal const double TargetF1 = 0.95;
    internal const double TargetFullyRight = 0.90;
    internal const double TargetPeriod = 0.90;
    internal const double TargetLayout = 0.95;

    // The floors reached so far: (F1, fully right, period, layout). Raise them as the work lands; never lower one.
    private static readonly Dictionary<string, (double F1, double Fully, double Period, double Layout)> s_floors = new()
    {
        ["dev01"] = (0, 0, 0, 0.5),
        ["dev02"] = (0.27, 0.14, 0.009, 0.24),
        ["dev03"] = (0.977, 0.869, 0.063, 0.035),
        ["dev04"] = (0.97, 0.933, 0.13, 0.101),
        ["dev05"] = (0.22, 0.15, 1.0, 0.55),
        ["dev06"] = (0.909, 0.833, 0.125, 0.164),
        ["dev07"] = (0.946, 0.209, 0.028, 0.068),
        ["dev08"] = (0.97, 0.91, 0.025, 0.071),
    };

    public static TheoryData<string> DevDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var name in s_floors.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(DevDocuments))]
    public void Dev_Document_HoldsItsFloor(string dev)
    {
        Skip.IfNot(Corpus.DevIsAvailable, Corpus.DevSkipMessage);
        var row = AccuracyReport.For(dev);
        var c = row.Claims;
        output.WriteLine($"{row.Name}: claims {c}");
        output.WriteLine($"{row.Name}: layout {row.Layout}");
        foreach (var miss in c.Misses)
        {
            output.WriteLine("  missed: " + miss);
        }

        foreach (var extra in c.Extras)
        {
            output.WriteLine("  extra:  " + extra);
        }

        foreach (var wrong in c.Wrong)
        {
            output.WriteLine("  wrong:  " + wrong);
        }

        foreach (var period in c.WrongPeriods)
        {
            output.WriteLine("  period: " + period);
        }

        foreach (var note in row.Layout?.Notes ?? [])
        {
            output.WriteLine("  layout: " + note);
        }

        var floor = s_floors[dev];
        Assert.True(Round(c.F1) >= floor.F1, $"{dev}: F1 {c.F1:0.000} fell below its floor {floor.F1}. {c}");
        Assert.True(Round(c.FullyRightShare) >= floor.Fully, $"{dev}: fully right {c.FullyRightShare:0.000} fell below its floor {floor.Fully}. {c}");
        Assert.True(Round(c.PeriodShare) >= floor.Period, $"{dev}: period {c.PeriodShare:0.000} fell below its floor {floor.Period}. {c}");
        Assert.True(Round(row.Layout?.Score ?? 1) >= floor.Layout, $"{dev}: layout {row.Layout} fell below its floor {floor.Layout}.");
    }

    /// <summary>
    /// <c>docs/accuracy.md</c> shows what the computation gives now: its tables are compared with a fresh
    /// computation, and written anew (with the date and commit) when <c>BULLETIN_UPDATE_DOCS=1</c>.
    /// </summary>
    [SkippableFact]
    public void AccuracyDocument_ShowsTheComputedFigures()
    {
        Skip.IfNot(Corpus.DevIsAvailable && Corpus.IsAvailable, Corpus.DevSkipMessage);
        var path = Path.Combine(Corpus.RepositoryRoot, "docs", "accuracy.md");
        var tables = AccuracyReport.Tables();
        if (Environment.GetEnvironmentVariable("BULLETIN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, Header() + tables);
        }

        Assert.True(File.Exists(path), "docs/accuracy.md is missing; run the tests with BULLETIN_UPDATE_DOCS=1.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = text.IndexOf("## Claims", StringComparison.Ordinal);
        Assert.True(at >= 0, "docs/accuracy.md has no claims table.");
        Assert.Equal(tables.ReplaceLineEndings("\n"), text[at..]);
    }

    // Floors are written to three decimals, as docs/accuracy.md shows them: a figure holds its floor when it is at most
    // half a thousandth under it (0.2094 holds 0.209).
    private static double Round(double value) => value + 0.0005;

    private static string Header()
    {
        var commit = "unknown";
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                WorkingDirectory = Corpus.RepositoryRoot,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (git is not null)
            {
                commit = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the machine: the date alone still says when.
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            # Accuracy on the seeds and the dev documents

            Generated by `DevAccuracyTests.AccuracyDocument_ShowsTheComputedFigures` (run the tests with
            `BULLETIN_UPDATE_DOCS=1`) on {DateTime.UtcNow:yyyy-MM-dd} from commit {commit} and the change that wrote it; the same
            test fails when these tables and a fresh computation disagree. The documents are in `../shared/corpus`
            (`seeds/` with `gold/`, and `dev/`); they are not part of the repository.

            Targets (issues 9 and 10): on every dev document F1 ≥ {TargetF1}, fully right ≥ {TargetFullyRight}, period ≥ {TargetPeriod},
            layout ≥ {TargetLayout}; on every seed 0.98 / 0.97 / 0.90.


            """);
    }
}
