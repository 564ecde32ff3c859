// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using Bulletin.Model.Archives;

namespace Bulletin.Cli;

/// <summary>The documents of a folder, as <c>archive</c> and <c>validate</c> both read them: subfolders included.</summary>
internal static class DocumentFiles
{
    private static readonly string[] s_extensions = [".md", ".txt", ".markdown"];
    private static readonly string[] s_buildFolders = ["bin", "obj"];

    /// <summary>The documents under a folder, in ordinal order of their paths.</summary>
    internal static string[] In(string folder) =>
        [.. FolderFiles.Under(folder, "*")
            .Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !InBuildOutput(folder, f))
            .Order(StringComparer.Ordinal)];

    // A .NET project's bin/ and obj/ (a sample program next to the documents) hold generated .txt files, not documents.
    private static bool InBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(d => s_buildFolders.Contains(d, StringComparer.OrdinalIgnoreCase));
}
