// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using DuckDB.NET.Data;

namespace Bulletin.Model.Tests.Analytics;

/// <summary>
/// The archive of the documents the project ships in <c>samples/</c>, written once per test run to a temporary folder,
/// with the issues it holds for comparing exports against the model.
/// </summary>
internal sealed class SampleArchive : IAsyncDisposable
{
    private SampleArchive(string directory, string archive, IReadOnlyList<BulletinIssue> issues)
    {
        Directory = directory;
        Path = archive;
        Issues = issues;
    }

    internal string Directory { get; }

    internal string Path { get; }

    internal IReadOnlyList<BulletinIssue> Issues { get; }

    internal static async Task<SampleArchive> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bulletin-export-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var archive = System.IO.Path.Combine(directory, "archive");
        var issues = new List<BulletinIssue>();
        var writer = ArchiveWriter.Create(archive);
        await using (writer)
        {
            var files = System.IO.Directory.EnumerateFiles(Corpus.SamplesDirectory, "*.md", SearchOption.AllDirectories)
                .Where(f => !f.Contains("ConsumerApp", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var issue = (await BulletinParser.Default.ParseFileAsync(file)).GetValueOrThrow();
                issues.Add(issue);
                await writer.WriteAsync(issue);
            }

            await writer.CompleteAsync();
        }

        Assert.True(issues.Count >= 3, "samples/ should hold at least three documents.");
        return new SampleArchive(directory, archive, issues);
    }

    internal string File(string name) => System.IO.Path.Combine(Directory, name);

    public ValueTask DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a query in an in-memory DuckDB and gives its rows.</summary>
    internal static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A path as a DuckDB string literal.</summary>
    internal static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
