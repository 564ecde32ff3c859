// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Bulletin.Cli;
using Bulletin.Model.Claims;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>The tables of examples in docs/claims.md are what the extractor gives, row by row: claims and non-claims.</summary>
public sealed class ClaimExamplesTests
{
    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in TableRows())
        {
            data.Add(row);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void DocumentedExample_IsWhatTheExtractorGives(string row)
    {
        var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        var claim = ClaimExtractor.Default.Extract(cells[0]).First();

        Assert.Equal(cells[1], claim.Text);
        Assert.Equal(cells[2], ClaimLineWriter.Name(claim.Kind));
        Assert.Equal(cells[3], Value(claim));
        Assert.Equal(cells[4], claim.Unit);
        Assert.Equal(cells[5], ClaimLineWriter.Name(claim.Qualifier));
        Assert.Equal(cells[6], ClaimLineWriter.Name(claim.Modality));
    }

    [Fact]
    public void DocumentedExamples_CoverEveryKindQualifierAndModality()
    {
        var rows = TableRows().Select(r => r.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();

        Assert.All(Enum.GetValues<ClaimKind>(), k => Assert.Contains(rows, r => r[2] == ClaimLineWriter.Name(k)));
        Assert.All(Enum.GetValues<ClaimQualifier>(), q => Assert.Contains(rows, r => r[5] == ClaimLineWriter.Name(q)));
        Assert.All(Enum.GetValues<ClaimModality>(), m => Assert.Contains(rows, r => r[6] == ClaimLineWriter.Name(m)));
    }

    // 1195.0 亿元 as 119500000000; 200多 as "200 (200..300)"; 数十万 as "200000..900000".
    private static string Value(QuantifiedClaim claim)
    {
        static string? Write(decimal? d) => d?.ToString("0.############", CultureInfo.InvariantCulture);
        var range = claim.Lower is null && claim.Upper is null ? null : $"{Write(claim.Lower)}..{Write(claim.Upper)}";
        return (Write(claim.Value), range) switch
        {
            ({ } v, null) => v,
            (null, { } r) => r,
            ({ } v, { } r) => $"{v} ({r})",
            _ => string.Empty,
        };
    }

    public static TheoryData<string> NotClaims()
    {
        var data = new TheoryData<string>();
        foreach (var row in TableRows("not-claims"))
        {
            data.Add(row.Split('|', StringSplitOptions.TrimEntries)[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NotClaims))]
    public void DocumentedNonClaim_GivesNoClaim(string sentence) =>
        Assert.Empty(ClaimExtractor.Default.Extract(sentence).Select(c => c.Text));

    private static string[] TableRows(string name = "examples")
    {
        var text = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "claims.md"));
        var start = text.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        return text[start..end].ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.StartsWith('|'))
            .Skip(2)
            .ToArray();
    }
}
