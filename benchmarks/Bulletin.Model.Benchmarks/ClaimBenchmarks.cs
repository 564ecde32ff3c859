// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Benchmarks;

/// <summary>Claim extraction over all five seeds together, as one text (characters per second = length / time).</summary>
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private string _allSeeds = string.Empty;

    /// <summary>Gets the number of characters extracted from per operation.</summary>
    public int Characters => _allSeeds.Length;

    [GlobalSetup]
    public void Setup() =>
        _allSeeds = string.Join("\n\n", BenchmarkInputs.Documents.Where(d => !d.Key.StartsWith("binhai", System.StringComparison.Ordinal)).Select(d => d.Value));

    [Benchmark]
    public ImmutableArray<QuantifiedClaim> ExtractAllSeeds() => ClaimExtractor.Default.Extract(_allSeeds);
}
