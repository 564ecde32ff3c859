// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using Bulletin.Model.Archives;

namespace Bulletin.Model.Tests.Archives;

/// <summary>A folder walk that links cannot make endless, and that reads every real folder once.</summary>
public sealed class FolderFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bulletin-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Under_LinksBackToTheirParents_ReadsEachFileOnce()
    {
        // Two links to a parent made .NET's own recursion branch without end.
        var a = Directory.CreateDirectory(Path.Combine(_root, "a")).FullName;
        File.WriteAllText(Path.Combine(a, "one.md"), "1");
        File.WriteAllText(Path.Combine(_root, "top.md"), "2");
        Directory.CreateSymbolicLink(Path.Combine(a, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(a, "again"), "../a");
        Directory.CreateSymbolicLink(Path.Combine(a, "self"), ".");

        var files = FolderFiles.Under(_root, "*.md").Select(f => Path.GetRelativePath(_root, f)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal([Path.Combine("a", "one.md"), "top.md"], files);
    }

    [Fact]
    public void Under_LinkOutOfTheTree_IsReadUnderTheLinksName()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "far.md"), "3");
        var tree = Directory.CreateDirectory(Path.Combine(_root, "tree")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(tree, "shared"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "shared-again"), outside);
        Directory.CreateSymbolicLink(Path.Combine(outside, "back"), tree);

        var files = FolderFiles.Under(tree, "*.md").Select(f => Path.GetRelativePath(tree, f)).ToArray();

        Assert.Equal([Path.Combine("shared", "far.md")], files);
    }

    [Fact]
    public void Under_LinkToNothingOrALoopOfLinks_IsPassedOver()
    {
        File.WriteAllText(Path.Combine(_root, "kept.md"), "4");
        Directory.CreateSymbolicLink(Path.Combine(_root, "gone"), Path.Combine(_root, "missing"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "ping"), Path.Combine(_root, "pong"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "pong"), Path.Combine(_root, "ping"));

        Assert.Equal([Path.Combine(_root, "kept.md")], FolderFiles.Under(_root, "*.md"));
    }

    [Fact]
    public void Under_ChainLongerThanTheLimit_StopsAtTheLimit()
    {
        // Each level links on to a fresh folder of its own, so no folder repeats: only the limit ends the walk.
        var level = _root;
        for (var i = 0; i <= FolderFiles.MaxLinks + 2; i++)
        {
            var real = Directory.CreateDirectory(Path.Combine(_root, "real" + i)).FullName;
            File.WriteAllText(Path.Combine(real, "f.md"), "5");
            Directory.CreateSymbolicLink(Path.Combine(level, "next"), real);
            level = real;
        }

        var count = FolderFiles.Under(Path.Combine(_root, "real0"), "*.md").Count();

        // real0 itself and the folders up to MaxLinks links away from it.
        Assert.Equal(FolderFiles.MaxLinks + 1, count);
    }
}
