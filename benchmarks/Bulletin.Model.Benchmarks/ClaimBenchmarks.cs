// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Benchmarks;

// The host these run on is shared, and a neighbour only ever adds time: the median and the minimum are reported
// beside the mean, as the steadier reading of what the code costs.
/// <summary>Claim extraction over all five seeds together, as one text (characters per second = length / time).</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class ClaimBenchmarks
{
    private string _allSeeds = string.Empty;

    /// <summary>Gets the number of characters extracted from per operation.</summary>
    public int Characters => _allSeeds.Length;

    private string[] _corpus = [];

    private (BulletinIssue Issue, string Source, Bulletin.Model.Parsing.LineMap Lines)[] _parsed = [];

    /// <summary>Gets the number of characters of the seeds and dev documents together.</summary>
    public int CorpusCharacters => _corpus.Sum(d => d.Length);

    [GlobalSetup]
    public void Setup()
    {
        _allSeeds = string.Join("\n\n", BenchmarkInputs.Documents.Where(d => !d.Key.StartsWith("binhai", System.StringComparison.Ordinal) && !d.Key.StartsWith("dev", System.StringComparison.Ordinal)).Select(d => d.Value));
        _corpus = BenchmarkInputs.Documents.Where(d => !d.Key.StartsWith("binhai", System.StringComparison.Ordinal)).Select(d => d.Value).ToArray();
        _parsed = _corpus.Select(d => (Bulletin.Model.Parsing.BulletinParser.Default.Parse(d).Value!, d, new Bulletin.Model.Parsing.LineMap(d))).ToArray();
        System.Console.WriteLine($"// seeds: {Characters} characters; seeds and dev documents: {CorpusCharacters} characters");
    }

    [Benchmark]
    public ImmutableArray<QuantifiedClaim> ExtractAllSeeds() => ClaimExtractor.Default.Extract(_allSeeds);

    /// <summary>Every seed and dev document parsed, which extracts its claims, table cells included.</summary>
    [Benchmark]
    public int ParseAndExtractSeedsAndDevDocuments()
    {
        var claims = 0;
        foreach (var document in _corpus)
        {
            claims += Bulletin.Model.Parsing.BulletinParser.Default.Parse(document).Value?.Claims.Length ?? 0;
        }

        return claims;
    }

    /// <summary>
    /// Claim extraction alone over every seed and dev document, table cells included, given the layout the parser
    /// read (the parse itself is <c>ParseAndExtractSeedsAndDevDocuments</c> and <c>ParseBenchmarks</c>).
    /// </summary>
    [Benchmark]
    public int ExtractFromParsedSeedsAndDevDocuments()
    {
        var claims = 0;
        foreach (var (issue, source, lines) in _parsed)
        {
            claims += ClaimExtractor.Extract(issue, source, lines).Length;
        }

        return claims;
    }
}
