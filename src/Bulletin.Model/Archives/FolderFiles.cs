// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Bulletin.Model.Archives;

/// <summary>
/// The files under a folder, subfolders included, walked so that no link can make the walk endless. .NET's own
/// recursion follows directory links, and two links to a parent (<c>a/up → ..</c>, <c>a/again → ../a</c>) make it
/// branch without end. Here every directory is read once, by its real path. The folders of the tree itself are read
/// first, so a link into the tree adds nothing, and a link out of it is read under the link's name. A loop, a link
/// to nothing and a path through more than <see cref="MaxLinks"/> links are passed over: none holds a file that the
/// walk does not already reach.
/// </summary>
internal static class FolderFiles
{
    /// <summary>How many links one path may pass through: the kernel's own limit (ELOOP).</summary>
    internal const int MaxLinks = 40;

    private static readonly EnumerationOptions s_oneLevel = new() { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };

    /// <summary>The files under <paramref name="folder"/> whose names match <paramref name="pattern"/>, lazily.</summary>
    internal static IEnumerable<string> Under(string folder, string pattern)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var tree = new Stack<Folder>([new Folder(folder, Path.GetFullPath(folder), 0)]);
        var linked = new Queue<Folder>();
        while (tree.TryPop(out var current) || linked.TryDequeue(out current))
        {
            if (!visited.Add(current.Real))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(current.Path, pattern, s_oneLevel))
            {
                yield return file;
            }

            var subfolders = new List<Folder>();
            foreach (var sub in Directory.EnumerateDirectories(current.Path, "*", s_oneLevel).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    subfolders.Add(new Folder(sub, Path.Combine(current.Real, name), current.Links));
                }
                else if (current.Links < MaxLinks && Resolve(Path.Combine(current.Real, name)) is { } real)
                {
                    linked.Enqueue(new Folder(sub, real, current.Links + 1));
                }
            }

            // Reversed onto the stack, so that a folder's subfolders are walked in ordinal order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                tree.Push(subfolders[i]);
            }
        }
    }

    // The directory a link finally names, resolved from the real path of the folder that holds it (so that the
    // same directory reached two ways has one name); null for a loop or a link to nothing.
    private static string? Resolve(string link)
    {
        var path = link;
        for (var hop = 0; hop <= MaxLinks; hop++)
        {
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is not { } target)
            {
                return info.Exists ? info.FullName : null;
            }

            path = Path.GetFullPath(target, Path.GetDirectoryName(path) ?? path);
        }

        return null;
    }

    private readonly record struct Folder(string Path, string Real, int Links);
}
