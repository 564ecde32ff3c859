// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Analytics;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Benchmarks;

/// <summary>
/// Writing the claims of 1 000 issues held in memory (the project's documents repeated, parse and archive reads
/// excluded) as JSON Lines, CSV and Parquet: the cost of each format alone, which eng/bench-archive.sh measures with the
/// archive reads around it.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private const int IssueCount = 1000;

    private ArchiveEntry[] _entries = [];

    [Params(ExportFormat.Jsonl, ExportFormat.Csv, ExportFormat.Parquet)]
    public ExportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var documents = BenchmarkInputs.Documents.Values.Select(text => BulletinParser.Default.Parse(text).GetValueOrThrow()).ToArray();
        _entries = [.. Enumerable.Range(0, IssueCount).Select(i => new ArchiveEntry($"issue-{i:0000}.json", documents[i % documents.Length], []))];
    }

    [Benchmark]
    public async Task<long> ExportClaimsAsync()
    {
        using var output = new MemoryStream();
        var result = await ArchiveExport.Create(ArchiveExportOptions.Default.WithFormat(Format)).ExportEntriesAsync(Entries(), ExportTable.Claims, output).ConfigureAwait(false);
        return result.Rows;
    }

#pragma warning disable CS1998 // The entries are in memory: the benchmark measures the writing.
    private async IAsyncEnumerable<ArchiveEntry> Entries()
#pragma warning restore CS1998
    {
        foreach (var entry in _entries)
        {
            yield return entry;
        }
    }
}
