// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;

namespace Bulletin.Model.Tests.Archives;

/// <summary>Archives as folders and zips: written atomically, read lazily, damaged files reported and passed over.</summary>
public sealed class BulletinArchiveTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bulletin-archive-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly BulletinIssue[] s_issues =
    [
        ArchiveDocuments.Issue(2026, 2, 33),
        ArchiveDocuments.Issue(2025, 12, 31),
        ArchiveDocuments.Issue(2026, 1, 32),
    ];

    [Theory]
    [InlineData("archive")]
    [InlineData("archive.zip")]
    public async Task WriteThenRead_GivesEveryIssueBackInNameOrder(string name)
    {
        var path = Path.Combine(_root, name);
        await WriteAsync(path, s_issues);

        var entries = await ReadAllAsync(path);

        Assert.Equal(["海港经贸参考-2025-12.json", "海港经贸参考-2026-01.json", "海港经贸参考-2026-02.json"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Empty(e.Diagnostics));
        Assert.Equal(s_issues.OrderBy(i => i.Year).ThenBy(i => i.Number), entries.Select(e => e.Issue));
    }

    [Fact]
    public async Task Write_Folder_LeavesOnlyTheIssuesBehind()
    {
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);

        Assert.Equal(3, Directory.GetFiles(folder).Length);
        Assert.All(Directory.GetFiles(folder), f => Assert.EndsWith(".json", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_TwoIssuesWantingOneName_NumbersTheSecond()
    {
        var folder = Path.Combine(_root, "archive");
        await using var writer = ArchiveWriter.Create(folder);

        var first = await writer.WriteAsync(s_issues[0]);
        var second = await writer.WriteAsync(s_issues[0]);

        Assert.Equal("海港经贸参考-2026-02.json", first);
        Assert.Equal("海港经贸参考-2026-02~2.json", second);
    }

    [Fact]
    public async Task Write_ZipNotCompleted_LeavesNoFileBehind()
    {
        var zip = Path.Combine(_root, "archive.zip");
        await using (var writer = ArchiveWriter.Create(zip))
        {
            await writer.WriteAsync(s_issues[0]);
        }

        Assert.Empty(Directory.GetFiles(_root));
    }

    [Theory]
    [InlineData("archive", "海港经贸参考-2026-01.json.0123abcd.tmp")]
    [InlineData("archive.zip", "archive.zip.0123abcd.tmp")]
    public async Task Create_AfterAKilledRun_SweepsItsStaleTemporaries(string archive, string leftover)
    {
        var path = Path.Combine(_root, archive);
        var folder = archive.EndsWith(".zip", StringComparison.Ordinal) ? _root : path;
        Directory.CreateDirectory(folder);
        var stale = Path.Combine(folder, leftover);
        var other = Path.Combine(folder, "notes.tmp");
        await File.WriteAllTextAsync(stale, "half an issue");
        await File.WriteAllTextAsync(other, "not the archive's");
        File.SetLastWriteTimeUtc(stale, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(other, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        await WriteAsync(path, s_issues);

        Assert.False(File.Exists(stale), "the stale temporary was left");
        Assert.True(File.Exists(other), "a file that is not the archive's temporary was removed");
    }

    [Fact]
    public async Task Write_CancelledIssue_LeavesNoFile()
    {
        var folder = Path.Combine(_root, "archive");
        await using var writer = ArchiveWriter.Create(folder);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(s_issues[0], new CancellationToken(canceled: true)));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("broken.json", "{ \"schemaVersion\": 2, \"kind\": ")]
    [InlineData("not-an-issue.json", "[1, 2, 3]")]
    [InlineData("no-version.json", "{ \"kind\": \"article\" }")]
    [InlineData("future.json", "{ \"schemaVersion\": 99 }")]
    [InlineData("wrong-type.json", "{ \"schemaVersion\": 2, \"year\": \"二〇二六\" }")]
    public async Task Read_DamagedFile_IsReportedAndTheRestIsRead(string damagedName, string damagedText)
    {
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);
        await File.WriteAllTextAsync(Path.Combine(folder, damagedName), damagedText);

        var entries = await ReadAllAsync(folder);

        Assert.Equal(4, entries.Count);
        var damaged = Assert.Single(entries, e => e.Issue is null);
        Assert.Equal(damagedName, damaged.Name);
        var diagnostic = Assert.Single(damaged.Diagnostics);
        Assert.Equal(DiagnosticIds.DamagedArchiveEntry, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("$", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DamagedJson_PointsAtTheLine()
    {
        var folder = Path.Combine(_root, "archive");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "cut.json"), "{\n  \"schemaVersion\": 2,\n  \"kind\": \"article\",\n  \"publication\": {\n");

        var entry = Assert.Single(await ReadAllAsync(folder));

        Assert.True(Assert.Single(entry.Diagnostics).Span.Line >= 4);
    }

    [Fact]
    public async Task Read_Folder_ReadsEachFileOnlyWhenItsTurnComes()
    {
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);
        var entries = new List<ArchiveEntry>();

        await foreach (var entry in BulletinArchive.ReadAsync(folder))
        {
            if (entries.Count == 0)
            {
                File.Delete(Path.Combine(folder, "海港经贸参考-2026-02.json"));
            }

            entries.Add(entry);
        }

        Assert.NotNull(entries[1].Issue);
        Assert.Null(entries[2].Issue);
        Assert.Equal(DiagnosticIds.UnreadableArchiveEntry, Assert.Single(entries[2].Diagnostics).Id);
    }

    [Fact]
    public async Task Read_Cancelled_StopsBetweenFiles()
    {
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in BulletinArchive.ReadAsync(folder, cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, read);
    }

    [Fact]
    public async Task Read_FileThatIsNotAZip_ReportsTheArchive()
    {
        var zip = Path.Combine(_root, "archive.zip");
        await File.WriteAllTextAsync(zip, "this is not a zip file");

        var entry = Assert.Single(await ReadAllAsync(zip));

        Assert.Equal("archive.zip", entry.Name);
        Assert.Equal(DiagnosticIds.UnreadableArchive, Assert.Single(entry.Diagnostics).Id);
    }

    [Fact]
    public async Task Read_ZipWithAWrongEntryCount_ReportsTheArchiveRatherThanThrowing()
    {
        var zip = Path.Combine(_root, "archive.zip");
        await WriteAsync(zip, s_issues);
        var bytes = await File.ReadAllBytesAsync(zip);

        // The end-of-central-directory record is the last 22 bytes (no comment); its entry counts are at 8 and 10.
        var end = bytes.Length - 22;
        Assert.Equal(0x06054b50u, BitConverter.ToUInt32(bytes, end));
        bytes[end + 8] = bytes[end + 10] = 9;
        await File.WriteAllBytesAsync(zip, bytes);

        var entry = Assert.Single(await ReadAllAsync(zip));

        Assert.Equal("archive.zip", entry.Name);
        Assert.Equal(DiagnosticIds.UnreadableArchive, Assert.Single(entry.Diagnostics).Id);
    }

    [Fact]
    public async Task Read_ZipEntryWithDamagedBytes_IsReportedByItsChecksum()
    {
        var zip = Path.Combine(_root, "archive.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            // Stored, not deflated: a changed byte then still reads, and only the checksum can tell.
            var entry = archive.CreateEntry("a.json", CompressionLevel.NoCompression);
            await using var stream = entry.Open();
            await BulletinJson.SerializeAsync(stream, s_issues[0]);
        }

        var bytes = await File.ReadAllBytesAsync(zip);
        var at = System.Text.Encoding.Latin1.GetString(bytes).IndexOf("schemaVersion", StringComparison.Ordinal) + 20;
        bytes[at] ^= 0x01;
        await File.WriteAllBytesAsync(zip, bytes);

        var read = Assert.Single(await ReadAllAsync(zip));

        Assert.Null(read.Issue);
        Assert.Contains("checksum", Assert.Single(read.Diagnostics).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Read_FifoNamedLikeAnIssue_IsReportedWithoutBlocking()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix file type.");
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);
        var fifo = Path.Combine(folder, "pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var entries = new List<ArchiveEntry>();
        await foreach (var entry in BulletinArchive.ReadAsync(folder, timeout.Token))
        {
            entries.Add(entry);
        }

        Assert.Equal(3, entries.Count(e => e.Issue is not null));
        Assert.Equal(DiagnosticIds.UnreadableArchiveEntry, Assert.Single(Assert.Single(entries, e => e.Name == "pipe.json").Diagnostics).Id);
    }

    [Fact]
    public async Task Read_FolderWithLinksToItsParents_ReadsEachIssueOnce()
    {
        // .NET's own recursion follows directory links: two links to a parent made the read branch without end.
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, s_issues);
        var sub = Directory.CreateDirectory(Path.Combine(folder, "sub")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(sub, "again"), "../sub");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var entries = new List<ArchiveEntry>();
        await foreach (var entry in BulletinArchive.ReadAsync(folder, timeout.Token))
        {
            entries.Add(entry);
        }

        Assert.Equal(s_issues.Length, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.Issue));
    }

    [Fact]
    public async Task Read_ZipWithOtherFiles_ReadsOnlyTheJson()
    {
        var zip = Path.Combine(_root, "archive.zip");
        await WriteAsync(zip, s_issues);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            archive.CreateEntry("README.txt");
        }

        Assert.Equal(3, (await ReadAllAsync(zip)).Count);
    }

    [Fact]
    public void Read_MissingPath_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => BulletinArchive.ReadAsync(Path.Combine(_root, "nothing-here")));

    [Fact]
    public async Task WriteThenRead_ParsedFile_KeepsItsSource()
    {
        var file = Path.Combine(_root, "source.md");
        await File.WriteAllTextAsync(file, ArchiveDocuments.Text(2026, 4, 35, "四月出口 12.5 亿元。"));
        var issue = (await BulletinParser.Default.ParseFileAsync(file)).GetValueOrThrow();
        var folder = Path.Combine(_root, "archive");
        await WriteAsync(folder, [issue]);

        var read = Assert.Single(await ReadAllAsync(folder)).Issue!;

        Assert.Equal(issue, read);
        Assert.Equal("source.md", read.Source!.FileName);
        Assert.Equal(new FileInfo(file).Length, read.Source.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))), read.Source.Sha256);
    }

    [Theory]
    [InlineData("# 海港经贸参考\n\n2026 年第 7 期\n\n# 标题\n\n正文。", "海港经贸参考-2026-07.json")]
    [InlineData("# 海港 经贸参考\n\n2026 年第 7 期\n\n# 标题\n\n正文。", "海港_经贸参考-2026-07.json")]
    [InlineData("# 港口:航线?再添*新成员\n\n正文一段。", "港口_航线_再添_新成员.json")]
    [InlineData("# 港口航线再添新成员\n\n正文一段。", "港口航线再添新成员.json")]
    public void GetFileName_NamesTheIssueByPublicationYearAndNumber(string text, string expected)
    {
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(expected, BulletinArchive.GetFileName(issue));
    }

    [Fact]
    public void GetFileName_IssueWithoutNumberReadFromBytes_UsesItsHash()
    {
        var issue = BulletinParser.Default.Parse("# 港口航线再添新成员\n\n正文一段。"u8).GetValueOrThrow();

        Assert.Equal("港口航线再添新成员-" + issue.Source!.Sha256[..12] + ".json", BulletinArchive.GetFileName(issue));
    }

    private static async Task WriteAsync(string path, IEnumerable<BulletinIssue> issues)
    {
        await using var writer = ArchiveWriter.Create(path);
        foreach (var issue in issues)
        {
            await writer.WriteAsync(issue);
        }

        await writer.CompleteAsync();
    }

    private static async Task<List<ArchiveEntry>> ReadAllAsync(string path)
    {
        var entries = new List<ArchiveEntry>();
        await foreach (var entry in BulletinArchive.ReadAsync(path))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
