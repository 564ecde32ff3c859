// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Bulletin.Cli;
using Bulletin.Model.Tests.Archives;

namespace Bulletin.Model.Tests.Cli;

/// <summary>The rows of <c>bulletin export claims</c>: every column, CSV quoting, JSON numbers.</summary>
public sealed class ClaimExportWriterTests
{
    private static readonly BulletinIssue s_issue = ArchiveDocuments.Issue(2026, 2, 33, "2025年全市进出口总额 1195.0 亿元，同比增长 8.2%。");

    [Fact]
    public void Csv_HasAHeaderAndOneRowPerClaimWithEveryColumn()
    {
        var lines = Write(ExportFormat.Csv, s_issue).Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', ClaimExportColumns.All.Select(c => c.Name)), lines[0]);
        Assert.Equal(s_issue.Claims.Length, lines.Length - 1);
        Assert.StartsWith("a.json,海港经贸参考,2026,2,33,,外贸运行情况,0,0,1,1195.0 亿元,amount,119500000000,,,5000000,exact,CNY,,2025,2025-01-01,2025-12-31,actual,,", lines[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_FieldWithCommaQuoteOrLineBreak_IsQuoted()
    {
        using var stream = new MemoryStream();
        using (var writer = new ClaimExportWriter(stream, ExportFormat.Csv))
        {
            writer.Write(["a,b", "say \"x\"", "two\nlines", null, "plain"]);
        }

        var row = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n")[1];

        Assert.Equal("\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",,plain", row);
    }

    [Fact]
    public void Jsonl_WritesNumbersAsNumbersAndLeavesOutAbsentValues()
    {
        var lines = Write(ExportFormat.Jsonl, s_issue).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(s_issue.Claims.Length, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(119500000000m, root.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("year").ValueKind);
        Assert.Equal("2025-01-01", root.GetProperty("periodStart").GetString());
        Assert.False(root.TryGetProperty("lower", out _));
        Assert.All(root.EnumerateObject(), p => Assert.Contains(ClaimExportColumns.All, c => c.Name == p.Name));
    }

    private static string Write(ExportFormat format, BulletinIssue issue)
    {
        using var stream = new MemoryStream();
        using (var writer = new ClaimExportWriter(stream, format))
        {
            var articles = issue.EnumerateArticles();
            foreach (var claim in issue.Claims)
            {
                writer.Write(ClaimExportColumns.Values("a.json", issue, articles, claim));
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
