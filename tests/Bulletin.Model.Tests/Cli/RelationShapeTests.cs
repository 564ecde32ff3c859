// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Bulletin.Cli;
using Bulletin.Model.Analytics;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Cli;

/// <summary>
/// One shape for a claim's relations wherever JSON carries them: the archive, <c>bulletin claims --format jsonl</c> and
/// the JSON Lines export all write <c>"relations":[{"kind":…,"other":…}]</c>.
/// </summary>
public sealed class RelationShapeTests
{
    // Our own sentence: a total with its parts, a change of the total, a from→to pair.
    private const string Document = "# 海港经贸参考\n\n2026 年第 3 期（总第 35 期）\n\n# 外贸\n\n全市进出口 201.3 亿元，同比增长 4.9%，其中出口 120.1 亿元、进口 81.2 亿元。交易额由 12 亿元增至 15 亿元。\n";

    [Fact]
    public async Task Relations_HaveOneShapeInTheArchiveTheClaimLinesAndTheExport()
    {
        var issue = BulletinParser.Default.Parse(Document).GetValueOrThrow();
        Assert.Contains(issue.Claims, c => !c.Relations.IsEmpty);

        var archive = JsonNode.Parse(BulletinJson.Serialize(issue))!["claims"]!.AsArray()
            .Select(c => Shape(c!["id"]!.GetValue<int>(), c["relations"])).ToList();

        using var lines = new MemoryStream();
        ClaimLineWriter.Write(lines, issue.Claims, _ => null);
        var claimLines = Lines(lines).Select(c => Shape(c["id"]!.GetValue<int>(), c["relations"])).ToList();

        using var export = new MemoryStream();
        await ArchiveExport.Create(ArchiveExportOptions.Default.WithFormat(ExportFormat.Jsonl))
            .ExportEntriesAsync(AsyncEntries.Of(issue), ExportTable.Claims, export);
        var exported = Lines(export).Select(c => Shape(c["id"]!.GetValue<int>(), c["relations"])).ToList();

        Assert.Equal(archive, claimLines);
        Assert.Equal(archive, exported);
    }

    // A claim's relations as "id: kind>other, …", from a relations array; an absent array is no relations.
    private static string Shape(int id, JsonNode? relations) =>
        $"{id}: " + string.Join(", ", (relations?.AsArray() ?? []).Select(r => $"{r!["kind"]!.GetValue<string>()}>{r["other"]!.GetValue<int>()}"));

    private static IEnumerable<JsonNode> Lines(MemoryStream stream) =>
        Encoding.UTF8.GetString(stream.ToArray()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!);
}
