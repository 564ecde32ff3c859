// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Threading.Tasks;
using Bulletin.Model.Tests.Analytics;

namespace Bulletin.Model.Tests.Cli;

/// <summary>
/// <c>bulletin export</c> and <c>validate</c> as a user runs them: the tool's own process, its exit codes and its files.
/// </summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("claims")]
    [InlineData("articles")]
    [InlineData("issues")]
    public async Task ExportParquet_ToAFile_WritesItAndExitsZero(string table)
    {
        await using var sample = await SampleArchive.CreateAsync();
        var file = sample.File(table + ".parquet");

        var (code, _, error) = await RunAsync("export", table, sample.Path, "--format", "parquet", "-o", file);

        Assert.Equal(0, code);
        Assert.True(File.Exists(file), error);
        Assert.Contains($"written to {file}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "claims", "ARCHIVE", "--format", "parquet")]
    [InlineData("export", "claims", "ARCHIVE", "--format", "xml")]
    [InlineData("export", "claims", "ARCHIVE", "--row-group-size", "0")]
    [InlineData("export", "tables", "ARCHIVE")]
    [InlineData("export", "claims")]
    [InlineData("validate", "ARCHIVE", "--format", "json")]
    [InlineData("parse", "ARCHIVE", "--format", "jsonl")]
    [InlineData("claims", "ARCHIVE")]
    [InlineData("parse", "ARCHIVE")]
    [InlineData("claims", "--text", "增长 5%", "--format", "json")]
    [InlineData("claims", "--text", "一季度增长 5%", "--date", "2026-13-01")]
    [InlineData("claims", "--text", "一季度增长 5%", "--date", "昨天")]
    [InlineData("claims", "ARCHIVE", "--date", "2026-04-16")]
    public async Task WrongCommandLine_IsAUsageError(params string[] args)
    {
        await using var sample = await SampleArchive.CreateAsync();
        var (code, output, error) = await RunAsync(Array.ConvertAll(args, a => a == "ARCHIVE" ? sample.Path : a));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("bulletin: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsOfAString_WithADate_ResolveItsPeriods()
    {
        var (code, output, error) = await RunAsync("claims", "--text", "一季度出口增长 5.2%。", "--date", "2026-04-16", "--format", "jsonl");

        Assert.Equal(0, code);
        Assert.Contains("\"period\":\"2026Q1\"", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("export", "claims")]
    [InlineData("validate")]
    public async Task FolderThatIsNotAnArchive_IsAClearErrorNotSilence(params string[] command)
    {
        var empty = Directory.CreateTempSubdirectory("bulletin-empty-").FullName;
        try
        {
            var (code, output, error) = await RunAsync([.. command, empty]);

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains(empty, error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task PipedTable_IsNotWrapped()
    {
        var document = Path.Combine(Support.Corpus.SamplesDirectory, "binhai-trade-brief-2026-03.md");

        var (code, output, _) = await RunAsync("claims", document);

        // Wrapped at 80 columns, a row of the claims table spills onto lines that start with an empty first cell.
        Assert.Equal(0, code);
        Assert.DoesNotContain("\n│          │", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), line => line.Length > 80);
    }

    [Fact]
    public async Task ValidateFolderOfDocuments_RunsTheCrossIssueRules()
    {
        var (code, output, _) = await RunAsync("validate", Path.Combine(Support.Corpus.SamplesDirectory, "series"));

        // The shipped series restates a 2025 total differently and skips a cumulative number, on purpose.
        Assert.Equal(0, code);
        Assert.Contains("BLT2202", output, StringComparison.Ordinal);
        Assert.Contains("BLT2201", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("claims")]
    [InlineData("validate")]
    [InlineData("archive")]
    [InlineData("export")]
    [InlineData("export", "claims")]
    public async Task Help_OfEveryCommand_ShowsAnExample(params string[] command)
    {
        var (code, output, _) = await RunAsync([.. command, "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Example: bulletin " + command[0], output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseSummary_DateWithoutAYear_IsNeverHalfEmpty()
    {
        var (code, output, _) = await RunAsync("parse", Path.Combine(Support.Corpus.SamplesDirectory, "binhai-news-page.md"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("--0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  --", output, StringComparison.Ordinal);
        Assert.Contains("year not stated", output, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => Support.BulletinTool.RunAsync(null, args);
}
