// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Serialization;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Archives;

/// <summary>
/// Reads archives: a folder of archived issues (one JSON file each, in any subfolder) or a <c>.zip</c> of one.
/// Files are read one at a time, in order of their names, so an archive of any size is read in the memory of a
/// few issues. Write archives with <see cref="ArchiveWriter"/>.
/// </summary>
/// <threadsafety>All members are safe to call from any thread.</threadsafety>
public static class BulletinArchive
{
    // A file this large is not an archived issue; refusing it keeps a damaged or hostile zip from exhausting memory.
    private const long MaxEntryBytes = 256L * 1024 * 1024;

    /// <summary>Gets the name an issue is archived under: publication, year and number (<c>滨海商务简报-2026-03.json</c>).</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>A file name safe on every common file system; the publication date or source hash stands in for a missing number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public static string GetFileName(BulletinIssue issue) => ArchiveNaming.For(Preconditions.CheckNotNull(issue));

    /// <summary>Reads an archive lazily, one file at a time.</summary>
    /// <param name="path">A folder of archived issues, or a <c>.zip</c> file of one.</param>
    /// <param name="cancellationToken">Stops the reading between files.</param>
    /// <returns>
    /// One entry per <c>.json</c> file, in ordinal order of their names. A file that cannot be read, is not an
    /// archived issue or was written by a newer schema version gives an entry with a diagnostic and no issue, and
    /// reading goes on with the next file. Issues of older schema versions are upgraded.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">No folder or file exists at <paramref name="path"/>.</exception>
    public static IAsyncEnumerable<ArchiveEntry> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(path);
        if (Directory.Exists(path))
        {
            return ReadFolderAsync(path, cancellationToken);
        }

        if (File.Exists(path))
        {
            return ReadZipAsync(path, cancellationToken);
        }

        throw new DirectoryNotFoundException($"There is no archive at '{path}': it is neither a folder nor a file.");
    }

    /// <summary>Reads one archived issue from its bytes, reporting a damaged file as a diagnostic.</summary>
    /// <param name="name">The file's name, for the entry.</param>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static ArchiveEntry ReadEntry(string name, ReadOnlySpan<byte> utf8Json)
    {
        Preconditions.CheckNotNull(name);
        try
        {
            return new ArchiveEntry(name, BulletinJson.Deserialize(utf8Json), ImmutableArray<Diagnostic>.Empty);
        }
        catch (BulletinJsonException ex)
        {
            var span = ex.InnerException is JsonException { LineNumber: { } line, BytePositionInLine: { } column }
                ? new SourceSpan(0, 0, checked((int)line + 1), checked((int)column + 1))
                : default;
            return Failed(name, DiagnosticIds.DamagedArchiveEntry, span, ex.Path, ex.Message);
        }
    }

    private static async IAsyncEnumerable<ArchiveEntry> ReadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = FolderFiles.Under(folder, "*" + ArchiveNaming.Extension)
            .Select(file => (File: file, Name: Path.GetRelativePath(folder, file).Replace('\\', '/')))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var (file, name) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (buffer, length, error) = await TryReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            var entry = error is not null
                ? Failed(name, DiagnosticIds.UnreadableArchiveEntry, default, error)
                : ReadEntry(name, buffer.AsSpan(0, length));
            Return(buffer);
            yield return entry;
        }
    }

    private static async IAsyncEnumerable<ArchiveEntry> ReadZipAsync(string zipPath, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zipName = Path.GetFileName(zipPath);
        var (zip, error) = TryOpenZip(zipPath);
        if (zip is null)
        {
            yield return Failed(zipName, DiagnosticIds.UnreadableArchive, default, error);
            yield break;
        }

        using (zip)
        {
            var (entries, structureError) = TryListEntries(zip);
            if (entries is null)
            {
                yield return Failed(zipName, DiagnosticIds.UnreadableArchive, default, structureError);
                yield break;
            }

            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (buffer, length, entryError) = await TryReadAsync(entry, cancellationToken).ConfigureAwait(false);
                var read = entryError is not null
                    ? Failed(entry.FullName, DiagnosticIds.UnreadableArchiveEntry, default, entryError)
                    : ReadEntry(entry.FullName, buffer.AsSpan(0, length));
                Return(buffer);
                yield return read;
            }
        }
    }

    // Files are read into pooled buffers: an issue's JSON is often larger than the 85 KB above which a fresh array
    // would go to the large-object heap, and the buffer is done with once the issue is deserialized.
    // The central directory is read when the entries are first asked for: a wrong entry count or a damaged
    // directory throws there, and is the archive's error, not any one entry's.
    private static (List<ZipArchiveEntry>? Entries, string? Error) TryListEntries(ZipArchive zip)
    {
        try
        {
            return (zip.Entries
                .Where(e => e.FullName.EndsWith(ArchiveNaming.Extension, StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .ToList(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, "The zip's central directory is damaged: " + e.Message);
        }
    }

    private static async Task<(byte[] Buffer, int Length, string? Error)> TryReadFileAsync(string file, CancellationToken cancellationToken)
    {
        byte[] buffer = [];
        try
        {
            // An archived issue is never empty, and a FIFO, socket or device has no length: opening one would block or
            // read without end, so a file of no length is reported without being opened.
            if (new FileInfo(file).Length == 0)
            {
                return ([], 0, "The file is empty, or not a regular file.");
            }

            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                if (stream.Length > MaxEntryBytes)
                {
                    return ([], 0, TooLarge(stream.Length));
                }

                var length = (int)stream.Length;
                buffer = ArrayPool<byte>.Shared.Rent(length);
                await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                return (buffer, length, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Return(buffer);
            return ([], 0, ex.Message);
        }
    }

    private static string TooLarge(long length) => $"The file is {length} bytes long, more than an archived issue can be ({MaxEntryBytes}).";

    private static void Return(byte[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (ZipArchive? Zip, string? Error) TryOpenZip(string zipPath)
    {
        FileStream? stream = null;
        try
        {
            stream = File.OpenRead(zipPath);
            return (new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stream?.Dispose();
            return (null, ex.Message);
        }
    }

    private static async Task<(byte[] Buffer, int Length, string? Error)> TryReadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Length > MaxEntryBytes)
        {
            return ([], 0, TooLarge(entry.Length));
        }

        var length = (int)entry.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }

            var crc = Crc32.Compute(buffer.AsSpan(0, length));
            if (crc != entry.Crc32)
            {
                Return(buffer);
                return ([], 0, $"The entry's checksum is {crc:x8}, not the {entry.Crc32:x8} the zip records: its bytes were damaged.");
            }

            return (buffer, length, null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            Return(buffer);
            return ([], 0, ex.Message);
        }
    }

    private static ArchiveEntry Failed(string name, string id, SourceSpan span, params object?[] arguments) =>
        new(name, null, [DiagnosticFactory.Create(id, DiagnosticSeverity.Error, span, arguments)]);
}
