// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Seed 002: a journal paper with abstract, keywords, DOI, numbered sections and references.</summary>
public sealed class SeedLayoutTests_Paper
{
    private const string Seed = "002";

    [CorpusFact]
    public void Parse_FrontMatter_IsRead()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(DocumentKind.Paper, issue.Kind);
        var paper = Assert.Single(issue.EnumerateArticles());
        Assert.StartsWith("人工智能提升中国对外贸易", paper.Title, System.StringComparison.Ordinal);
        var author = Assert.Single(paper.Authors);
        Assert.Equal(("张付田", "北部湾大学", "广西壮族自治区钦州市", "535000"), (author.Name, author.Affiliation, author.Place, author.PostalCode));
        Assert.StartsWith("全球贸易区域化", paper.Abstract, System.StringComparison.Ordinal);
        Assert.Equal(6, paper.Keywords.Length);
        Assert.Equal("10.69979/3029-2700.26.01.041", paper.Doi);
    }

    [CorpusFact]
    public void Parse_NumberedSectionTree_IsRead()
    {
        var paper = Corpus.ParseSeed(Seed).EnumerateArticles()[0];
        var numbers = paper.EnumerateHeadings().Select(h => h.Number ?? h.Text).ToList();
        Assert.Equal(
            ["引言", "1", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "6"],
            numbers);
        Assert.All(paper.EnumerateHeadings().Where(h => h.Number?.Contains('.') == true), h => Assert.Equal(2, h.Level));
    }

    [CorpusFact]
    public void Parse_References_AreParsedAndCitationsLinked()
    {
        var paper = Corpus.ParseSeed(Seed).EnumerateArticles()[0];
        Assert.Equal(Enumerable.Range(1, 9), paper.References.Select(r => r.Number));
        var third = paper.References[2];
        Assert.Equal(["金祥义", "张文菲"], third.Authors.ToArray());
        Assert.Equal(("J", "国际贸易问题", 2022, "09", "70-87"), (third.Type, third.Journal, third.Year, third.Issue, third.Pages));
        Assert.Equal("10.13510/j.cnki.jit.2022.09.010", third.Doi);
        Assert.Equal("41", paper.References[4].Volume);
        Assert.Equal(["张亚斌", "谢岳峰", "王振国"], paper.References[8].Authors.ToArray());
        Assert.Equal(Enumerable.Range(1, 9), paper.Citations.Select(c => c.ReferenceNumber).Distinct().Order());
        var source = Corpus.SeedText(Seed);
        Assert.All(paper.Citations, c => Assert.Contains($"[{c.ReferenceNumber}]", source.Substring(c.Span.Start, c.Span.Length), System.StringComparison.Ordinal));
    }
}
