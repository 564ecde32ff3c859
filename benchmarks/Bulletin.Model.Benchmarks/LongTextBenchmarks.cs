// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Benchmarks;

/// <summary>
/// Linear time on long input (issue 14): validation of one issue of repeated paragraphs full of figures, conversions
/// and rates at two sizes a decade apart, and claim extraction of a run of one Chinese numeral. Times that grow ten
/// times for ten times the text are linear; the conversion rule was once quadratic here. The real text is every
/// document the benchmarks read (the project's samples, and the seeds and dev documents when the corpus is present)
/// joined and repeated to the size: real layouts, tables and figures, which our own paragraph does not have.
/// </summary>
[MemoryDiagnoser]
public class LongTextBenchmarks
{
    // Our own paragraph: amounts, a change, parts, a stated rate and two conversions.
    private const string Paragraph =
        "2025年海港市进出口总额 1195.0 亿元，同比增长 8.2%。其中出口 739.4 亿元，进口 455.6 亿元，约合 65 亿美元。" +
        "汇率为 7.1 元人民币兑 1 美元，签约项目 12 个，总投资 300 万美元（约合 2130 万元人民币）。\n\n";

    private string _text = string.Empty;
    private BulletinIssue _issue = null!;
    private BulletinIssue _documents = null!;
    private string _numerals = string.Empty;

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var body = string.Concat(Enumerable.Repeat(Paragraph, Characters / Paragraph.Length));
        _text = "# 海港经贸\n\n" + body;
        _issue = BulletinParser.Default.Parse(_text).GetValueOrThrow();
        _numerals = new string('十', Characters);
        var joined = string.Join("\n\n", BenchmarkInputs.Documents.Values);
        var repeated = string.Concat(Enumerable.Repeat(joined, Math.Max(1, Characters / joined.Length)));
        _documents = BulletinParser.Default.Parse(repeated).GetValueOrThrow();
    }

    [Benchmark]
    public int ParseRepeatedText() => BulletinParser.Default.Parse(_text).GetValueOrThrow().Claims.Length;

    [Benchmark]
    public ValidationResult ValidateRepeatedText() => BulletinValidator.Default.Validate(_issue);

    [Benchmark]
    public ValidationResult ValidateRepeatedDocuments() => BulletinValidator.Default.Validate(_documents);

    [Benchmark]
    public int ExtractRunOfOneNumeral() => ClaimExtractor.Default.Extract(_numerals).Length;
}
