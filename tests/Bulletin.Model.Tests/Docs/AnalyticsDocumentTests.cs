// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using System.IO;
using System.Text;
using Bulletin.Model.Analytics;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// <c>docs/analytics.md</c> shows the schema of each export table as the code defines it: rendered from
/// <see cref="ArchiveExport.GetColumns"/>, compared with the file, and written anew when <c>BULLETIN_UPDATE_DOCS=1</c>.
/// </summary>
public sealed class AnalyticsDocumentTests
{
    private const string Marker = "## Schema";

    [Fact]
    public void AnalyticsDocument_ShowsTheSchemaOfEveryTable()
    {
        var path = Path.Combine(Corpus.RepositoryRoot, "docs", "analytics.md");
        Assert.True(File.Exists(path), "docs/analytics.md is missing.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/analytics.md has no \"{Marker}\" section.");
        var schema = Schema();
        if (Environment.GetEnvironmentVariable("BULLETIN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..at] + schema);
            text = File.ReadAllText(path).ReplaceLineEndings("\n");
        }

        Assert.Equal(schema, text[at..]);
    }

    private static string Schema()
    {
        var b = new StringBuilder(Marker).Append('\n');
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            var name = table.ToString().ToLowerInvariant();
            b.Append(CultureInfo.InvariantCulture, $"\n### {name}\n\n| column | Parquet type | holds |\n|---|---|---|\n");
            foreach (var column in ArchiveExport.GetColumns(table))
            {
                b.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {ParquetType(column.Type)} | {column.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        return b.ToString();
    }

    private static string ParquetType(ExportColumnType type) => type switch
    {
        ExportColumnType.String => "STRING",
        ExportColumnType.Int32 => "INT32",
        ExportColumnType.Int64 => "INT64",
        ExportColumnType.Decimal => "DECIMAL(38, 9)",
        ExportColumnType.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
