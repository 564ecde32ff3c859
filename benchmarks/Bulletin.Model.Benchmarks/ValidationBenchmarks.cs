// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Benchmarks;

/// <summary>Validation of a whole parsed issue, parse excluded.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private BulletinIssue _issue = null!;

    public static IEnumerable<string> Names => BenchmarkInputs.Documents.Keys;

    [ParamsSource(nameof(Names))]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _issue = BulletinParser.Default.Parse(BenchmarkInputs.Documents[Document]).GetValueOrThrow();

    [Benchmark]
    public ValidationResult Validate() => BulletinValidator.Default.Validate(_issue);
}
