// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Archives;
using Bulletin.Model.Analytics;

namespace Bulletin.Cli;

/// <summary>
/// <c>bulletin export claims|articles|issues ARCHIVE [--format parquet|jsonl|csv] [--output FILE] [--compression …]</c>: one row per
/// claim, article or issue of every issue, for DuckDB, Spark or a spreadsheet. Damaged entries are reported on
/// standard error and passed over (exit 1).
/// </summary>
internal static class ExportCommand
{
    internal static Command Create()
    {
        var export = new Command("export", "Export what an archive holds as rows: a Parquet, JSON Lines or CSV table of claims, articles or issues. Example: bulletin export claims archive.zip --format parquet -o claims.parquet");
        export.Subcommands.Add(Table(ExportTable.Claims, "claims", "Write one row per claim with its publication, issue, article and every claim field."));
        export.Subcommands.Add(Table(ExportTable.Articles, "articles", "Write one row per article with its issue, section, byline fields and counts."));
        export.Subcommands.Add(Table(ExportTable.Issues, "issues", "Write one row per issue with its masthead, source file and counts."));
        return export;
    }

    private static Command Table(ExportTable table, string name, string description)
    {
        var archive = new Argument<string>("ARCHIVE") { Description = "An archive: a folder of archived issues or a .zip of one." };
        var format = new Option<ExportFormat>("--format")
        {
            Description = "parquet (typed columns, needs --output), jsonl (one JSON object per row) or csv (a header row, then one row per record).",
            DefaultValueFactory = _ => ExportFormat.Jsonl,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var compression = new Option<ParquetCompression>("--compression") { Description = "How Parquet pages are compressed: snappy, zstd, gzip or none.", DefaultValueFactory = _ => ParquetCompression.Snappy };
        var rowGroup = new Option<int>("--row-group-size") { Description = "Rows per Parquet row group: the most the export holds in memory.", DefaultValueFactory = _ => ArchiveExportOptions.DefaultRowGroupSize };
        var command = new Command(name, description + $" Example: bulletin export {name} archive.zip --format parquet -o {name}.parquet") { archive, format, output, compression, rowGroup };
        command.Validators.Add(result =>
        {
            if (result.GetResult(rowGroup) is { } given && given.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--row-group-size must be at least 1.");
            }
        });
        command.SetAction((result, token) => RunAsync(table, result.GetValue(archive)!, ArchiveExportOptions.Default.WithFormat(result.GetValue(format)).WithCompression(result.GetValue(compression)).WithRowGroupSize(Math.Max(1, result.GetValue(rowGroup))), result.GetValue(output), token));
        return command;
    }

    private static async Task<int> RunAsync(ExportTable table, string archive, ArchiveExportOptions options, string? output, CancellationToken token)
    {
        if (options.Format == ExportFormat.Parquet && output is null)
        {
            // Parquet ends with a footer that points back into the file, which a pipe cannot give.
            await Console.Error.WriteLineAsync("bulletin: --format parquet writes a file: give it with --output FILE.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(archive) && !File.Exists(archive))
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot read {archive}: no such archive.").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        // An empty export of something that is not an archive would look like an empty archive: say which it is.
        if ((Directory.Exists(archive) && !FolderFiles.Under(archive, "*.json").Any()) ||
            (File.Exists(archive) && !archive.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
        {
            await Console.Error.WriteLineAsync($"bulletin: {archive} is not an archive (a .zip or a folder of archived .json issues); make one with: bulletin archive SRC_DIR OUT").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        var export = ArchiveExport.Create(options);
        ArchiveExportResult result;
        try
        {
            if (output is null)
            {
                var stdout = Console.OpenStandardOutput();
                await using (stdout.ConfigureAwait(false))
                {
                    result = await export.ExportAsync(archive, table, stdout, token).ConfigureAwait(false);
                }
            }
            else
            {
                result = await export.ExportToFileAsync(archive, table, output, token).ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot export {archive}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot export {archive}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        foreach (var entry in result.DamagedEntries)
        {
            await Console.Error.WriteLineAsync("bulletin: " + entry).ConfigureAwait(false);
        }

        if (result.RoundedValues > 0)
        {
            await Console.Error.WriteLineAsync($"bulletin: {result.RoundedValues} values had more than nine decimal places and were rounded to nine in Parquet's DECIMAL(38, 9); JSON Lines keeps them exact.").ConfigureAwait(false);
        }

        if (output is not null)
        {
            await Console.Error.WriteLineAsync($"bulletin: {result.Rows} rows of {result.Issues} issues written to {output}.").ConfigureAwait(false);
        }

        return result.IsComplete ? ExitCodes.Success : ExitCodes.ErrorsFound;
    }
}
