// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Benchmarks;

/// <summary>
/// Writing and reading an archive of 1 000 issues (the project's documents repeated, parse excluded): the
/// in-process cost behind `bulletin archive`, `export` and `validate`. eng/bench-archive.sh measures the whole
/// commands with their peak memory.
/// </summary>
[MemoryDiagnoser]
public class ArchiveBenchmarks
{
    private const int IssueCount = 1000;

    private BulletinIssue[] _issues = [];
    private string _root = string.Empty;

    [Params(false, true)]
    public bool Zip { get; set; }

    private string ArchivePath => Path.Combine(_root, Zip ? "archive.zip" : "archive");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var documents = BenchmarkInputs.Documents.Values.Select(text => BulletinParser.Default.Parse(text).GetValueOrThrow()).ToArray();
        _issues = [.. Enumerable.Range(0, IssueCount).Select(i => documents[i % documents.Length])];
        _root = Directory.CreateTempSubdirectory("bulletin-bench-").FullName;
        await WriteAsync().ConfigureAwait(false);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public async Task WriteAsync()
    {
        if (Directory.Exists(ArchivePath))
        {
            Directory.Delete(ArchivePath, recursive: true);
        }

        await using var writer = ArchiveWriter.Create(ArchivePath);
        foreach (var issue in _issues)
        {
            await writer.WriteAsync(issue).ConfigureAwait(false);
        }

        await writer.CompleteAsync().ConfigureAwait(false);
    }

    [Benchmark]
    public async Task<int> ReadAsync()
    {
        var claims = 0;
        await foreach (var entry in BulletinArchive.ReadAsync(ArchivePath).ConfigureAwait(false))
        {
            claims += entry.Issue?.Claims.Length ?? 0;
        }

        return claims;
    }

    [Benchmark]
    public Task<ArchiveValidationResult> ValidateAsync() => ArchiveValidator.Default.ValidateArchiveAsync(ArchivePath);
}
