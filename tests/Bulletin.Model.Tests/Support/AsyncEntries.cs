// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Archives;

namespace Bulletin.Model.Tests.Support;

/// <summary>Archive entries held in memory, given as the asynchronous stream the archive reader would give.</summary>
internal static class AsyncEntries
{
    internal static IAsyncEnumerable<ArchiveEntry> Of(BulletinIssue issue, string name = "a.json") => Of([new ArchiveEntry(name, issue, [])]);

    internal static async IAsyncEnumerable<ArchiveEntry> Of(IEnumerable<ArchiveEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Yield as a reader of files would, so that consumers meet a truly asynchronous stream.
            await Task.Yield();
            yield return entry;
        }
    }
}
