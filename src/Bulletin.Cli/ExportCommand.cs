// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Archives;

namespace Bulletin.Cli;

/// <summary>
/// <c>bulletin export claims ARCHIVE [--format jsonl|csv] [--output FILE]</c>: one row per claim of every issue,
/// for DuckDB, Spark or a spreadsheet. Damaged files are reported on standard error and passed over (exit 1).
/// </summary>
internal static class ExportCommand
{
    internal static Command Create()
    {
        var archive = new Argument<string>("ARCHIVE") { Description = "An archive: a folder of archived issues or a .zip of one." };
        var format = new Option<ExportFormat>("--format") { Description = "jsonl (one JSON object per claim) or csv (a header row, then one row per claim).", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var claims = new Command("claims", "Write one row per claim with its publication, issue, article and every claim field.") { archive, format, output };
        claims.SetAction((result, token) => RunAsync(result.GetValue(archive)!, result.GetValue(format), result.GetValue(output), token));
        return new Command("export", "Export what an archive holds as rows.") { claims };
    }

    private static async Task<int> RunAsync(string archive, ExportFormat format, string? output, CancellationToken token)
    {
        if (!Directory.Exists(archive) && !File.Exists(archive))
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot read {archive}: no such archive.").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        var damaged = 0;
        var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        await using (stream.ConfigureAwait(false))
        {
            using var writer = new ClaimExportWriter(stream, format);
            await foreach (var entry in BulletinArchive.ReadAsync(archive, token).ConfigureAwait(false))
            {
                if (entry.Issue is not { } issue)
                {
                    damaged++;
                    await Console.Error.WriteLineAsync("bulletin: " + entry).ConfigureAwait(false);
                    continue;
                }

                var articles = issue.EnumerateArticles();
                foreach (var claim in issue.Claims)
                {
                    writer.Write(ClaimExportColumns.Values(entry.Name, issue, articles, claim));
                }
            }
        }

        return damaged > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
