// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Analytics;
using Bulletin.Model.Archives;
using Bulletin.Model.Tests.Archives;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Analytics;

/// <summary>
/// Exports of the sample archive, read back with DuckDB: the figures an engine computes from the files are the
/// model's own, the columns have the types the schema states, and memory is bounded by the row group.
/// </summary>
public sealed class ArchiveExportTests
{
    private static readonly Dictionary<ExportColumnType, string> s_duckDbTypes = new()
    {
        [ExportColumnType.String] = "VARCHAR",
        [ExportColumnType.Int32] = "INTEGER",
        [ExportColumnType.Int64] = "BIGINT",
        [ExportColumnType.Decimal] = "DECIMAL(38,9)",
        [ExportColumnType.Date] = "DATE",
    };

    [Fact]
    public async Task Parquet_ClaimsGroupedByUnitInDuckDb_AreTheModelsFigures()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File("claims.parquet");

        var result = await ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Claims, file);

        var claims = sample.Issues.SelectMany(i => i.Claims).ToList();
        Assert.Equal(claims.Count, result.Rows);
        Assert.Equal(sample.Issues.Count, result.Issues);
        var expected = claims.GroupBy(c => c.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count(), g.Any(c => c.Value is not null) ? g.Sum(c => c.Value ?? 0m) : (decimal?)null))
            .ToList();
        var actual = SampleArchive.Query($"SELECT unit, count(*), sum(value) FROM read_parquet({SampleArchive.Literal(file)}) GROUP BY unit ORDER BY unit COLLATE \"binary\"")
            .Select(r => ((string)r[0]!, Convert.ToInt64(r[1], CultureInfo.InvariantCulture), r[2] is null ? (decimal?)null : Convert.ToDecimal(r[2], CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(ExportTable.Claims)]
    [InlineData(ExportTable.Articles)]
    [InlineData(ExportTable.Issues)]
    public async Task Parquet_ColumnTypes_AreTheSchemasTypesInDuckDb(ExportTable table)
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File(table + ".parquet");
        await ArchiveExport.Default.ExportToFileAsync(sample.Path, table, file);

        var described = SampleArchive.Query($"DESCRIBE SELECT * FROM read_parquet({SampleArchive.Literal(file)})")
            .Select(r => ((string)r[0]!, (string)r[1]!)).ToList();

        Assert.Equal(ArchiveExport.GetColumns(table).Select(c => (c.Name, s_duckDbTypes[c.Type])), described);
    }

    [Fact]
    public async Task Parquet_EveryRow_CarriesItsIssueAndJoinsTheOtherTables()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var (claims, articles) = (sample.File("c.parquet"), sample.File("a.parquet"));
        await ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Claims, claims);
        await ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Articles, articles);

        // The articles table's claim count is what a join of the two files counts.
        var mismatched = SampleArchive.Query($"""
            SELECT a.file, a.articleIndex, a.claims, count(c.id) AS joined
            FROM read_parquet({SampleArchive.Literal(articles)}) a
            LEFT JOIN read_parquet({SampleArchive.Literal(claims)}) c ON a.file = c.file AND a.articleIndex = c.articleIndex
            GROUP BY a.file, a.articleIndex, a.claims
            HAVING a.claims <> count(c.id)
            """);
        Assert.Empty(mismatched);
        var perIssue = SampleArchive.Query($"SELECT publication, year, number, count(*) FROM read_parquet({SampleArchive.Literal(claims)}) GROUP BY ALL ORDER BY ALL")
            .Select(r => ((string?)r[0], (int?)r[1], (int?)r[2], Convert.ToInt32(r[3], CultureInfo.InvariantCulture))).ToList();
        var expected = sample.Issues.Where(i => !i.Claims.IsEmpty).Select(i => (i.Publication.Name, i.Year, i.Number, i.Claims.Length))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Year).ThenBy(t => t.Number).ToList();
        Assert.Equal(expected.Count, perIssue.Count);
        Assert.Equal(expected.Sum(t => t.Length), perIssue.Sum(t => t.Item4));
    }

    [Fact]
    public async Task Parquet_RowGroups_HoldAtMostTheConfiguredRows()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File("small-groups.parquet");
        var export = ArchiveExport.Create(ArchiveExportOptions.Default.WithRowGroupSize(7));

        var result = await export.ExportToFileAsync(sample.Path, ExportTable.Claims, file);

        var groups = SampleArchive.Query($"SELECT row_group_id, max(row_group_num_rows) FROM parquet_metadata({SampleArchive.Literal(file)}) GROUP BY row_group_id ORDER BY row_group_id")
            .Select(r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal((int)Math.Ceiling(result.Rows / 7d), result.RowGroups);
        Assert.Equal(result.RowGroups, groups.Count);
        Assert.All(groups, rows => Assert.InRange(rows, 1, 7));
        Assert.Equal(result.Rows, groups.Sum());
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Zstd)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.None)]
    public async Task Parquet_EveryCompression_IsReadByDuckDb(ParquetCompression compression)
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File("claims.parquet");
        var export = ArchiveExport.Create(ArchiveExportOptions.Default.WithCompression(compression));

        var result = await export.ExportToFileAsync(sample.Path, ExportTable.Claims, file);

        var codecs = SampleArchive.Query($"SELECT DISTINCT compression FROM parquet_metadata({SampleArchive.Literal(file)})").Select(r => (string)r[0]!).ToList();
        Assert.Equal(compression == ParquetCompression.None ? "UNCOMPRESSED" : compression.ToString().ToUpperInvariant(), Assert.Single(codecs));
        var rows = SampleArchive.Query($"SELECT count(*) FROM read_parquet({SampleArchive.Literal(file)})").Single()[0];
        Assert.Equal(result.Rows, Convert.ToInt64(rows, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Parquet_PeriodsAndDates_AreDateColumns()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File("claims.parquet");
        await ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Claims, file);

        var claim = sample.Issues.SelectMany(i => i.Claims).First(c => c.Period?.Start is not null);
        var row = SampleArchive.Query($"SELECT periodStart, periodEnd FROM read_parquet({SampleArchive.Literal(file)}) WHERE text = '{claim.Text.Replace("'", "''", StringComparison.Ordinal)}' AND start = {claim.Span.Start} LIMIT 1").Single();
        Assert.Equal(claim.Period!.Start!.Value.ToDateOnly(), ToDateOnly(row[0]));
        Assert.Equal(claim.Period.End!.Value.ToDateOnly(), ToDateOnly(row[1]));
    }

    [Fact]
    public async Task Parquet_ValueBeyondNineDecimals_IsRoundedAndCounted()
    {
        var issue = ArchiveDocuments.Issue(2026, 3, 34, "检测合格率为 99.1234567891234%。");
        using var stream = new MemoryStream();

        var result = await ArchiveExport.Default.ExportEntriesAsync(AsyncEntries.Of(issue), ExportTable.Claims, stream);

        Assert.True(result.RoundedValues >= 1, "the value with 13 decimals was not counted as rounded");
        var path = Path.Combine(Path.GetTempPath(), "bulletin-rounded-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            await File.WriteAllBytesAsync(path, stream.ToArray());
            var value = SampleArchive.Query($"SELECT value FROM read_parquet({SampleArchive.Literal(path)})").Single()[0];
            Assert.Equal(99.123456789m, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Jsonl_AndParquet_WriteTheSameRows()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var (parquet, jsonl) = (sample.File("claims.parquet"), sample.File("claims.jsonl"));
        await ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Claims, parquet);
        await ArchiveExport.Create(ArchiveExportOptions.Default.WithFormat(ExportFormat.Jsonl)).ExportToFileAsync(sample.Path, ExportTable.Claims, jsonl);

        var fromParquet = SampleArchive.Query($"SELECT file, id, text, CAST(value AS VARCHAR) FROM read_parquet({SampleArchive.Literal(parquet)}) ORDER BY file, id")
            .Select(r => $"{r[0]}|{r[1]}|{r[2]}|{(r[3] is string v ? decimal.Parse(v, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture) : "")}").ToList();
        var fromJsonl = File.ReadAllLines(jsonl).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var value = root.TryGetProperty("value", out var v) ? v.GetDecimal().ToString("G29", CultureInfo.InvariantCulture) : "";
            return $"{root.GetProperty("file").GetString()}|{root.GetProperty("id").GetInt32()}|{root.GetProperty("text").GetString()}|{value}";
        }).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(fromJsonl, fromParquet.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Jsonl_WritesNumbersAsNumbersAndLeavesOutAbsentValues()
    {
        var issue = ArchiveDocuments.Issue(2026, 2, 33, "2025年全市进出口总额 1195.0 亿元，同比增长 8.2%。");
        var lines = await WriteAsync(ExportFormat.Jsonl, issue);

        using var first = JsonDocument.Parse(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        var root = first.RootElement;
        Assert.Equal(119500000000m, root.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("year").ValueKind);
        Assert.Equal("2025-01-01", root.GetProperty("periodStart").GetString());
        Assert.False(root.TryGetProperty("lower", out _));
        Assert.All(root.EnumerateObject(), p => Assert.Contains(ArchiveExport.GetColumns(ExportTable.Claims), c => c.Name == p.Name));
    }

    [Fact]
    public async Task Csv_HasAHeaderAndOneRowPerClaimAndQuotesFieldsWithCommas()
    {
        var issue = ArchiveDocuments.Issue(2026, 2, 33, "2025年全市进出口总额 1195.0 亿元，共有 1,434,321 股参与投票。");
        var lines = (await WriteAsync(ExportFormat.Csv, issue)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', ArchiveExport.GetColumns(ExportTable.Claims).Select(c => c.Name)), lines[0]);
        Assert.Equal(issue.Claims.Length, lines.Length - 1);
        Assert.StartsWith("a.json,海港经贸参考,2026,2,33,,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"1,434,321 股\",", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_DamagedEntry_IsReportedAndTheRestExported()
    {
        var good = new ArchiveEntry("a.json", ArchiveDocuments.Issue(2026, 1, 32, "全市新增企业 1200 家。"), []);
        var damaged = BulletinArchive.ReadEntry("damaged.json", "{ \"schemaVersion\": 2, "u8);
        using var stream = new MemoryStream();

        var result = await ArchiveExport.Default.ExportEntriesAsync(AsyncEntries.Of([good, damaged]), ExportTable.Issues, stream);

        Assert.Equal((1, 1L), (result.Issues, result.Rows));
        Assert.Equal("damaged.json", Assert.Single(result.DamagedEntries).Name);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public async Task Parquet_ToAStreamThatCannotSeek_IsRefusedWithAClearMessage()
    {
        await using var stream = new ForwardOnlyStream();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ArchiveExport.Default.ExportEntriesAsync(AsyncEntries.Of([]), ExportTable.Claims, stream));
        Assert.Contains("seek", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportToFile_Cancelled_LeavesNoFileBehind()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File("cancelled.parquet");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArchiveExport.Default.ExportToFileAsync(sample.Path, ExportTable.Claims, file, cancelled.Token));

        Assert.Empty(Directory.EnumerateFiles(sample.Directory));
    }

    [Fact]
    public void Options_OutOfRange_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveExportOptions.Default.WithRowGroupSize(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveExportOptions.Default.WithFormat((ExportFormat)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveExportOptions.Default.WithCompression((ParquetCompression)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveExport.GetColumns((ExportTable)42));
    }

    [Fact]
    public void EveryTable_StartsWithTheIssueColumns()
    {
        string[] issueColumns = ["file", "publication", "year", "number", "cumulativeNumber", "publishedOn"];
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            var columns = ArchiveExport.GetColumns(table);
            Assert.Equal(issueColumns, columns.Take(issueColumns.Length).Select(c => c.Name));
            Assert.Equal(columns.Length, columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        }
    }

    private static DateOnly ToDateOnly(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private static async Task<string> WriteAsync(ExportFormat format, BulletinIssue issue)
    {
        using var stream = new MemoryStream();
        await ArchiveExport.Create(ArchiveExportOptions.Default.WithFormat(format)).ExportEntriesAsync(AsyncEntries.Of(issue), ExportTable.Claims, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
