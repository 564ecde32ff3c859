// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Cli;

/// <summary>A terminated <c>bulletin archive</c> says so (exit 130) and leaves no temporary file behind.</summary>
[Trait(Slow.Category, Slow.Value)]
public sealed class SignalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bulletin-signal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [SkippableTheory]
    [InlineData("out.zip")]
    [InlineData("out")]
    public async Task Archive_TerminatedMidway_ExitsCancelledAndRemovesItsTemporaries(string target)
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM is a POSIX signal.");
        var source = Directory.CreateDirectory(Path.Combine(_root, "src")).FullName;
        var samples = Corpus.SampleFiles.ToArray();
        for (var i = 0; i < 6000; i++)
        {
            File.Copy(samples[i % samples.Length], Path.Combine(source, $"{i:D5}-{Path.GetFileName(samples[i % samples.Length])}"));
        }

        var output = Path.Combine(_root, target);
        using var process = BulletinTool.Start(null, "archive", source, output);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Signal once the writer has begun: a temporary file is on disk.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!HasTemporary() && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Skip.If(process.HasExited, "The archive was written before the signal could be sent.");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        var error = await stderr;
        await stdout;

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("cancelled", error, StringComparison.Ordinal);
        Assert.False(HasTemporary(), "a temporary file was left behind");
        Assert.False(File.Exists(output), "a cancelled zip must not look finished");
    }

    private bool HasTemporary() =>
        Directory.EnumerateFiles(_root, "*.tmp", SearchOption.AllDirectories).Any();
}
