// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Benchmarks;

/// <summary>
/// Linear time on long input (issue 14): validation of one issue of repeated paragraphs full of figures, conversions
/// and rates at two sizes a decade apart, and claim extraction of a run of one Chinese numeral. Times that grow ten
/// times for ten times the text are linear; the conversion rule was once quadratic here.
/// </summary>
[MemoryDiagnoser]
public class LongTextBenchmarks
{
    // Our own paragraph: amounts, a change, parts, a stated rate and two conversions.
    private const string Paragraph =
        "2025年海港市进出口总额 1195.0 亿元，同比增长 8.2%。其中出口 739.4 亿元，进口 455.6 亿元，约合 65 亿美元。" +
        "汇率为 7.1 元人民币兑 1 美元，签约项目 12 个，总投资 300 万美元（约合 2130 万元人民币）。\n\n";

    private BulletinIssue _issue = null!;
    private string _numerals = string.Empty;

    [Params(100_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var body = string.Concat(Enumerable.Repeat(Paragraph, Characters / Paragraph.Length));
        _issue = BulletinParser.Default.Parse("# 海港经贸\n\n" + body).GetValueOrThrow();
        _numerals = new string('十', Characters);
    }

    [Benchmark]
    public ValidationResult ValidateRepeatedText() => BulletinValidator.Default.Validate(_issue);

    [Benchmark]
    public int ExtractRunOfOneNumeral() => ClaimExtractor.Default.Extract(_numerals).Length;
}
