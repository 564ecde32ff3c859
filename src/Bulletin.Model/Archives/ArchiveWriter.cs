// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Serialization;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Archives;

/// <summary>
/// Writes issues into an archive: a folder (each issue written to a temporary file and then renamed, so a crash
/// never leaves a half-written issue) or a <c>.zip</c> (written under a temporary name and renamed when
/// <see cref="CompleteAsync"/> finishes it; disposing without completing leaves no zip behind).
/// </summary>
/// <threadsafety>
/// <see cref="WriteAsync"/> may be called from several threads at once; each issue gets its own name.
/// </threadsafety>
public sealed class ArchiveWriter : IAsyncDisposable
{
    private const string TemporarySuffix = ".tmp";

    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _zipLock = new(1, 1);
    private readonly string? _zipTemporaryPath;
    private ZipArchive? _zip;
    private bool _completed;

    private ArchiveWriter(string path, ZipArchive? zip, string? zipTemporaryPath)
    {
        Path = path;
        _zip = zip;
        _zipTemporaryPath = zipTemporaryPath;
    }

    /// <summary>Gets the archive's path: the folder, or the <c>.zip</c> file as it will be once completed.</summary>
    public string Path { get; }

    /// <summary>Gets a value indicating whether the archive is a <c>.zip</c> file rather than a folder.</summary>
    public bool IsZip => _zipTemporaryPath is not null;

    /// <summary>Opens an archive for writing; a path ending in <c>.zip</c> gives a zip file, anything else a folder.</summary>
    /// <param name="path">The folder (created when missing; existing issues of the same name are replaced) or the <c>.zip</c> file (replaced when complete).</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The folder or the temporary zip file cannot be created.</exception>
    public static ArchiveWriter Create(string path)
    {
        Preconditions.CheckNotNull(path);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(path);
            SweepTemporaries(path, "*" + ArchiveNaming.Extension + ".*" + TemporarySuffix);
            return new ArchiveWriter(path, null, null);
        }

        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        SweepTemporaries(System.IO.Path.GetDirectoryName(full)!, System.IO.Path.GetFileName(full) + ".*" + TemporarySuffix);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        return new ArchiveWriter(path, new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false), temporary);
    }

    /// <summary>Writes one issue under its archive name (<see cref="BulletinArchive.GetFileName"/>).</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled issue leaves no file.</param>
    /// <returns>
    /// The name the issue was written under. A second issue that wants a name already written by this writer
    /// gets <c>~2</c>, <c>~3</c>… before the extension, so no issue overwrites another of the same run.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The writer was completed or disposed.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public async Task<string> WriteAsync(BulletinIssue issue, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(issue);
        var name = Reserve(ArchiveNaming.For(issue));
        if (!IsZip)
        {
            await WriteFileAsync(name, issue, cancellationToken).ConfigureAwait(false);
            return name;
        }

        await _zipLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var zip = _zip ?? throw new InvalidOperationException("The archive was completed or disposed; no more issues can be written.");
            var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            await using (stream.ConfigureAwait(false))
            {
                await BulletinJson.SerializeAsync(stream, issue, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _zipLock.Release();
        }

        return name;
    }

    /// <summary>Finishes the archive: a zip is closed and renamed to <see cref="Path"/>, replacing any file there.</summary>
    /// <returns>A task that completes when the archive is in place.</returns>
    public async Task CompleteAsync()
    {
        await _zipLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _completed = true;
            if (_zip is { } zip)
            {
                _zip = null;
                zip.Dispose();
                File.Move(_zipTemporaryPath!, Path, overwrite: true);
            }
        }
        finally
        {
            _zipLock.Release();
        }
    }

    /// <summary>Releases the writer; a zip that was not completed is deleted, so no partial archive is left.</summary>
    /// <returns>A task that completes when the writer is released.</returns>
    public ValueTask DisposeAsync()
    {
        if (_zip is { } zip)
        {
            _zip = null;
            zip.Dispose();
            if (!_completed)
            {
                File.Delete(_zipTemporaryPath!);
            }
        }

        _zipLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private string Reserve(string name)
    {
        lock (_names)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The archive was completed; no more issues can be written.");
            }

            if (!_names.TryGetValue(name, out var count))
            {
                _names[name] = 1;
                return name;
            }

            // Take the next free copy number; a numbered name can itself collide with a later issue's own name.
            string numbered;
            do
            {
                count++;
                numbered = ArchiveNaming.Numbered(name, count);
            }
            while (_names.ContainsKey(numbered));
            _names[name] = count;
            _names[numbered] = 1;
            return numbered;
        }
    }

    // A writer killed before it could clean up (SIGKILL, a power cut) leaves its temporaries: the next writer of the
    // same archive removes those older than its own process, which no live writer of this run can own.
    private static void SweepTemporaries(string folder, string pattern)
    {
        DateTime started;
        try
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            started = process.StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < started)
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process holds it, or it is not ours to remove: leave it.
            }
        }
    }

    private async Task WriteFileAsync(string name, BulletinIssue issue, CancellationToken cancellationToken)
    {
        var target = System.IO.Path.Combine(Path, name);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await BulletinJson.SerializeAsync(stream, issue, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
