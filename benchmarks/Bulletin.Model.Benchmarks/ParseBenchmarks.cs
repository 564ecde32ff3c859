// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;

namespace Bulletin.Model.Benchmarks;

// The host these run on is shared, and a neighbour only ever adds time: the median and the minimum are reported
// beside the mean, as the steadier reading of what the code costs.
/// <summary>Parsing each seed and sample, and archiving the result.</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class ParseBenchmarks
{
    private string _text = string.Empty;
    private BulletinIssue _issue = null!;
    private byte[] _json = [];

    public static IEnumerable<string> Names => BenchmarkInputs.Documents.Keys;

    [ParamsSource(nameof(Names))]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Documents[Document];
        _issue = BulletinParser.Default.Parse(_text).GetValueOrThrow();
        _json = System.Text.Encoding.UTF8.GetBytes(BulletinJson.Serialize(_issue));
    }

    [Benchmark(Baseline = true)]
    public BulletinIssue? Parse() => BulletinParser.Default.Parse(_text).Value;

    [Benchmark]
    public string Serialize() => BulletinJson.Serialize(_issue);

    [Benchmark]
    public BulletinIssue Deserialize() => BulletinJson.Deserialize(_json);
}
