// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bulletin.Model.Analytics;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Benchmarks;

/// <summary>
/// What an export keeps alive as the archive grows (issue 12): the managed heap after a full collection, every
/// 20 000 issues, while <see cref="ArchiveExport"/> writes the claims of the samples repeated. BenchmarkDotNet measures
/// what is allocated, not what stays live, so this is a mode of its own:
/// <c>dotnet run -c Release -- --live-memory parquet 200000</c>.
/// </summary>
internal static class ExportLiveMemory
{
    private const int Every = 20_000;

    internal static async Task RunAsync(string format, int count)
    {
        var issues = BenchmarkInputs.Documents.Values
            .Select(text => BulletinParser.Default.Parse(text).Value)
            .OfType<BulletinIssue>()
            .ToArray();
        var options = ArchiveExportOptions.Default.WithFormat(Enum.Parse<ExportFormat>(format, ignoreCase: true));
        var output = Path.Combine(Path.GetTempPath(), "bulletin-live-memory." + format);
        try
        {
            await using var stream = File.Create(output);
            var result = await ArchiveExport.Create(options).ExportEntriesAsync(Entries(issues, count), ExportTable.Claims, stream);
            Console.WriteLine($"{count} issues, {result.Rows} rows, {result.RowGroups} row groups; live after: {LiveKilobytes()} KB");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async IAsyncEnumerable<ArchiveEntry> Entries(BulletinIssue[] issues, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % Every == 0)
            {
                Console.WriteLine($"{i,8} issues: {LiveKilobytes(),8} KB live");
            }

            yield return new ArchiveEntry(string.Create(CultureInfo.InvariantCulture, $"doc-{i:D7}.json"), issues[i % issues.Length], ImmutableArray<Diagnostic>.Empty);
            await Task.Yield();
        }
    }

    private static long LiveKilobytes() => GC.GetTotalMemory(forceFullCollection: true) / 1024;
}
