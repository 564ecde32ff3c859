// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Bulletin.Model.Analytics.Tables;
using Bulletin.Model.Analytics.Writers;
using Bulletin.Model.Archives;

namespace Bulletin.Model.Analytics;

/// <summary>
/// Exports an archive as one table — a row per claim, per article or per issue — in Parquet, JSON Lines or CSV, for
/// DuckDB, Spark and other engines that query files. Rows are written as the archive is read; a Parquet export holds
/// at most one row group in memory, so an archive of any size exports in bounded memory.
/// </summary>
/// <remarks>
/// Every row starts with its issue's columns (<c>file</c>, <c>publication</c>, <c>year</c>, <c>number</c>,
/// <c>cumulativeNumber</c>, <c>publishedOn</c>), so a row stands alone and the three tables join on <c>file</c>.
/// <see cref="GetColumns"/> gives each table's schema; <c>docs/analytics.md</c> shows it with DuckDB and Spark queries.
/// </remarks>
/// <example>
/// <code>
/// var result = await ArchiveExport.Default.ExportToFileAsync("archive.zip", ExportTable.Claims, "claims.parquet");
/// Console.WriteLine($"{result.Rows} claims of {result.Issues} issues");
/// </code>
/// </example>
/// <threadsafety>This type is immutable and safe to share between threads; each export call is independent.</threadsafety>
public sealed class ArchiveExport
{
    // Entries read ahead of the writer: enough to keep both cores busy, few enough that memory does not notice.
    private const int ReadAhead = 16;

    private ArchiveExport(ArchiveExportOptions options) => Options = options;

    /// <summary>Gets an export with the default options: Parquet, row groups of <see cref="ArchiveExportOptions.DefaultRowGroupSize"/> rows.</summary>
    public static ArchiveExport Default { get; } = new(ArchiveExportOptions.Default);

    /// <summary>Gets the options the export writes with.</summary>
    public ArchiveExportOptions Options { get; }

    /// <summary>Makes an export with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The export, to be kept and reused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static ArchiveExport Create(ArchiveExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ArchiveExport(options);
    }

    /// <summary>Gives the columns of a table, in the order every format writes them.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The columns with their types and descriptions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not a defined table.</exception>
    public static ImmutableArray<ExportColumn> GetColumns(ExportTable table) => table switch
    {
        ExportTable.Claims => Infos(ClaimsTable.Instance),
        ExportTable.Articles => Infos(ArticlesTable.Instance),
        ExportTable.Issues => Infos(IssuesTable.Instance),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not an export table."),
    };

    /// <summary>Exports the archive at a path (a folder of archived issues or a <c>.zip</c> of one) to a stream.</summary>
    /// <param name="archivePath">The archive.</param>
    /// <param name="table">The table to write.</param>
    /// <param name="output">The stream written to; left open. Parquet needs a seekable stream (a file, a <see cref="MemoryStream"/>).</param>
    /// <param name="cancellationToken">Stops the export between rows.</param>
    /// <returns>What was written, and the entries that could not be read.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written, or cannot seek for Parquet.</exception>
    /// <exception cref="IOException">The archive cannot be opened.</exception>
    public Task<ArchiveExportResult> ExportAsync(string archivePath, ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archivePath);
        return ExportEntriesAsync(BulletinArchive.ReadAsync(archivePath, cancellationToken), table, output, cancellationToken);
    }

    /// <summary>Exports archive entries, as <see cref="BulletinArchive.ReadAsync"/> gives them, to a stream.</summary>
    /// <param name="entries">The entries; damaged ones are counted in the result and give no rows.</param>
    /// <param name="table">The table to write.</param>
    /// <param name="output">The stream written to; left open. Parquet needs a seekable stream.</param>
    /// <param name="cancellationToken">Stops the export between rows.</param>
    /// <returns>What was written, and the entries that could not be read.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written, or cannot seek for Parquet.</exception>
    public Task<ArchiveExportResult> ExportEntriesAsync(IAsyncEnumerable<ArchiveEntry> entries, ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream cannot be written.", nameof(output));
        }

        // Parquet's footer records where each row group starts, which a stream that cannot seek does not tell.
        if (Options.Format == ExportFormat.Parquet && !output.CanSeek)
        {
            throw new ArgumentException("Parquet is written to a stream that can seek: a file or a MemoryStream.", nameof(output));
        }

        return table switch
        {
            ExportTable.Claims => RunAsync(ClaimsTable.Instance, entries, output, cancellationToken),
            ExportTable.Articles => RunAsync(ArticlesTable.Instance, entries, output, cancellationToken),
            ExportTable.Issues => RunAsync(IssuesTable.Instance, entries, output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not an export table."),
        };
    }

    /// <summary>
    /// Exports the archive at a path to a file. The file is written under a temporary name beside it and takes its
    /// name only when the export is complete, so a failed or cancelled export leaves no half-written file.
    /// </summary>
    /// <param name="archivePath">The archive: a folder of archived issues or a <c>.zip</c> of one.</param>
    /// <param name="table">The table to write.</param>
    /// <param name="outputPath">The file to write; replaced when it exists.</param>
    /// <param name="cancellationToken">Stops the export between rows.</param>
    /// <returns>What was written, and the entries that could not be read.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The archive cannot be opened, or the file cannot be written.</exception>
    public async Task<ArchiveExportResult> ExportToFileAsync(string archivePath, ExportTable table, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archivePath);
        ArgumentNullException.ThrowIfNull(outputPath);
        var full = Path.GetFullPath(outputPath);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            ArchiveExportResult result;
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                result = await ExportAsync(archivePath, table, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ImmutableArray<ExportColumn> Infos<TRow>(ExportTableDefinition<TRow> table)
        where TRow : IIssueRow => [.. table.Columns.Select(c => c.Info)];

    private async Task<ArchiveExportResult> RunAsync<TRow>(ExportTableDefinition<TRow> table, IAsyncEnumerable<ArchiveEntry> entries, Stream output, CancellationToken cancellationToken)
        where TRow : IIssueRow
    {
        var counters = new ExportCounters();
        var damaged = ImmutableArray.CreateBuilder<ArchiveEntry>();
        var issues = 0;

        // Reading an entry (file and JSON) costs more than writing its rows: a reader task keeps a few entries ahead
        // of the writer, so the two overlap on two cores while memory holds at most ReadAhead issues besides the row group.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = Channel.CreateBounded<ArchiveEntry>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => ReadAheadAsync(entries, ahead.Writer, stop.Token), stop.Token);
        try
        {
            var sink = await RowSink<TRow>.CreateAsync(table.Columns, Options, output, counters, cancellationToken).ConfigureAwait(false);
            await using (sink.ConfigureAwait(false))
            {
                await foreach (var entry in ahead.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (entry.Issue is not { } issue)
                    {
                        damaged.Add(entry);
                        continue;
                    }

                    issues++;
                    foreach (var row in table.Rows(new IssueContext(entry.Name, issue)))
                    {
                        await sink.AddAsync(row, cancellationToken).ConfigureAwait(false);
                    }
                }

                await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await reader.ConfigureAwait(false);
            return new ArchiveExportResult(issues, sink.Rows, sink.RowGroups, counters.RoundedValues, damaged.ToImmutable());
        }
        finally
        {
            // A writer that failed must not leave the reader blocked on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private static async Task ReadAheadAsync(IAsyncEnumerable<ArchiveEntry> entries, ChannelWriter<ArchiveEntry> into, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await into.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
            }

            into.Complete();
        }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it where the caller awaits.
        catch (Exception e)
#pragma warning restore CA1031
        {
            into.Complete(e);
        }
    }
}
