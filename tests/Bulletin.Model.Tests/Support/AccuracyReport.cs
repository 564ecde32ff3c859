// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// One computation of the accuracy figures, for the tests that hold them to their floors and for
/// <c>docs/accuracy.md</c>, which is written from the same numbers and never by hand.
/// </summary>
internal static class AccuracyReport
{
    internal sealed record Row(string Name, ClaimScore Claims, LayoutScore? Layout);

    private static readonly Lazy<IReadOnlyList<Row>> s_rows = new(ComputeRows);

    /// <summary>Gets a row per seed and dev document present, seeds first.</summary>
    internal static IReadOnlyList<Row> Rows => s_rows.Value;

    internal static Row For(string name) => Rows.Single(r => r.Name.StartsWith(name, StringComparison.Ordinal));

    private static List<Row> ComputeRows()
    {
        var rows = new List<Row>();
        if (Corpus.IsAvailable)
        {
            foreach (var seed in Corpus.SeedPrefixes)
            {
                var source = Corpus.SeedText(seed);
                var issue = BulletinParser.Default.Parse(source).GetValueOrThrow();
                rows.Add(new Row("seed " + seed, ClaimScore.Compute(GoldClaim.Load(Corpus.GoldPath(seed), source), issue.Claims), null));
            }
        }

        foreach (var dev in Corpus.DevPrefixes)
        {
            var source = Corpus.DevText(dev);
            var issue = BulletinParser.Default.Parse(source).GetValueOrThrow();
            var claims = ClaimScore.Compute(GoldClaim.Load(Corpus.DevGoldPath(dev), source), issue.Claims);
            LayoutScore? layout = null;
            if (File.Exists(Corpus.DevLayoutPath(dev)))
            {
                var gold = JsonNode.Parse(File.ReadAllText(Corpus.DevLayoutPath(dev)))!;
                layout = LayoutScore.Compute(gold, JsonNode.Parse(BulletinJson.Serialize(issue))!);
            }

            rows.Add(new Row(Path.GetFileNameWithoutExtension(Corpus.DevPath(dev)), claims, layout));
        }

        return rows;
    }

    /// <summary>Writes a row's figures and every miss, extra, wrong field and layout note to the test output.</summary>
    internal static void Print(Row row, Xunit.Abstractions.ITestOutputHelper output)
    {
        var c = row.Claims;
        output.WriteLine($"{row.Name}: claims {c}");
        if (row.Layout is not null)
        {
            output.WriteLine($"{row.Name}: layout {row.Layout}");
        }

        foreach (var (label, lines) in new[] { ("missed", c.Misses), ("extra", c.Extras), ("wrong", c.Wrong), ("period", c.WrongPeriods), ("layout", row.Layout?.Notes ?? []) })
        {
            foreach (var line in lines)
            {
                output.WriteLine($"  {label}: {line}");
            }
        }
    }

    /// <summary>The tables of <c>docs/accuracy.md</c> (everything below the generated-by line).</summary>
    internal static string Tables()
    {
        var text = new StringBuilder();
        text.AppendLine("## Claims");
        text.AppendLine();
        text.AppendLine("Matched by overlapping span. *Fully right*: value, unit and kind all right, over the gold claims. *Period*: over the");
        text.AppendLine("gold claims that state a period, the share whose period text is the same.");
        text.AppendLine();
        text.AppendLine("| document | gold | found | precision | recall | F1 | fully right | value | unit | kind | period (dated) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows)
        {
            var c = row.Claims;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Name} | {c.Gold} | {c.Extracted} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} | {c.FullyRightShare:0.000} | {c.ValueShare:0.000} | {c.UnitShare:0.000} | {c.KindShare:0.000} | {c.PeriodShare:0.000} ({c.Dated}) |"));
        }

        text.AppendLine();
        text.AppendLine("## Layout");
        text.AppendLine();
        text.AppendLine("The rules of `shared/tools/score_layout.py` (ported in `tests/…/Support/LayoutScore.cs`): the mean of the parts a");
        text.AppendLine("document's layout file gives (— where it gives none).");
        text.AppendLine();
        text.AppendLine("| document | score | masthead | sections | article titles | article count | attribution | paper |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows.Where(r => r.Layout is not null))
        {
            var l = row.Layout!;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Name} | {l.Score:0.000} | {LayoutScore.Show(l.Masthead)} | {LayoutScore.Show(l.Sections)} | {LayoutScore.Show(l.ArticleTitles)} | {LayoutScore.Show(l.ArticleCount)} | {LayoutScore.Show(l.Attribution)} | {LayoutScore.Show(l.Paper)} |"));
        }

        return text.ToString();
    }
}
