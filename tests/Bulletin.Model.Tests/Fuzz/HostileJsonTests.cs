// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Bulletin.Model.Analytics;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;
using CsCheck;

namespace Bulletin.Model.Tests.Fuzz;

/// <summary>
/// Archived JSON changed by a hostile or careless hand: any field of a real archive set to any JSON value either is
/// refused with a <see cref="BulletinJsonException"/> that names the path, or gives an issue that validates, exports
/// and round-trips like a parsed one.
/// </summary>
public sealed class HostileJsonTests
{
    // What a field can be set to: every JSON type, the edges of int, an empty string, containers of null.
    private static readonly JsonNode?[] s_values =
    [
        null, true, false, 0, -1, 1, int.MaxValue, int.MinValue, long.MaxValue, 1.5, 1e30, "", "x", "2026-13-45",
        new JsonArray(), new JsonArray((JsonNode?)null), new JsonObject(), new JsonArray(new JsonObject()),
    ];

    private static readonly Lazy<string[]> s_documents = new(() =>
        Directory.EnumerateFiles(Corpus.SamplesDirectory, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("ConsumerApp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => BulletinJson.Serialize(BulletinParser.Default.Parse(File.ReadAllText(f)).GetValueOrThrow()))
            .ToArray());

    public static TheoryData<string, string> KnownCases() => new()
    {
        { "$.claims", "[null]" },
        { "$.articles", "[null]" },
        { "$.articles[0].blocks[0].text", "\"\"" },
        { "$.articles[0].blocks", "[null]" },
        { "$.claims[0].relations", "[null]" },
        { "$.claims[0].articleIndex", "-1" },
        { "$.claims[0].articleIndex", "99" },
        { "$.claims[0].blockIndex", "2147483647" },
        { "$.claims[1].id", "1" },
        { "$.claims[0].relations", "[{\"kind\":\"partOf\",\"other\":999}]" },
        { "$.number", "2147483647" },
        { "$.cumulativeNumber", "2147483647" },
        { "$.claims[0].span", "{}" },
        { "$.claims[0].span", "{\"start\":2147483647,\"length\":2147483647,\"line\":1,\"column\":1}" },
        { "$.claims[0].text", "null" },
        { "$.claims[0].unit", "null" },
        { "$.articles[0].span.line", "0" },
    };

    [Theory]
    [MemberData(nameof(KnownCases))]
    public async Task KnownHostileField_IsRefusedWithItsPathOrHandled(string path, string value)
    {
        foreach (var json in s_documents.Value)
        {
            var root = JsonNode.Parse(json)!;
            if (Set(root, path, JsonNode.Parse(value)))
            {
                await AssertRefusedOrHandledAsync(root.ToJsonString());
            }
        }
    }

    [Theory]
    [InlineData("$.claims", "[null]", "$.claims[0]")]
    [InlineData("$.claims[1].id", "1", "$.claims[1].id")]
    [InlineData("$.claims[0].id", "0", "$.claims[0].id")]
    [InlineData("$.claims[0].articleIndex", "99", "$.claims[0].articleIndex")]
    [InlineData("$.claims[0].relations", "[{\"kind\":\"partOf\",\"other\":999}]", "$.claims[0].relations[0].other")]
    [InlineData("$.claims[0].span", "{}", "$.claims[0].span")]
    [InlineData("$.articles[0].span.line", "0", "$.articles[0].span")]
    [InlineData("$.articles[0].blocks", "[null]", "$.articles[0].blocks[0]")]
    public void BrokenInvariant_IsRefusedAtItsPath(string path, string value, string reported)
    {
        var json = s_documents.Value.First(d => JsonNode.Parse(d)!["claims"]!.AsArray().Count >= 2);
        var root = JsonNode.Parse(json)!;
        Assert.True(Set(root, path, JsonNode.Parse(value)));

        var error = Assert.Throws<BulletinJsonException>(() => BulletinJson.Deserialize(root.ToJsonString()));

        Assert.StartsWith(reported, error.Path, StringComparison.Ordinal);
    }

    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public void AnyFieldSetToAnyValue_IsRefusedWithItsPathOrHandled()
    {
        var documents = s_documents.Value;
        var gen = from document in Gen.Int[0, documents.Length - 1]
                  from field in Gen.Int[0, int.MaxValue]
                  from value in Gen.Int[0, s_values.Length - 1]
                  select (document, field, value);
        gen.Sample(
            t =>
            {
                var root = JsonNode.Parse(documents[t.document])!;
                var leaves = Leaves(root).ToList();
                var (parent, key) = leaves[t.field % leaves.Count];
                Replace(parent, key, s_values[t.value]?.DeepClone());
                AssertRefusedOrHandledAsync(root.ToJsonString()).GetAwaiter().GetResult();
            },
            iter: FuzzIterations.Of(2_000));
    }

    private static async Task AssertRefusedOrHandledAsync(string json)
    {
        BulletinIssue issue;
        try
        {
            issue = BulletinJson.Deserialize(json);
        }
        catch (BulletinJsonException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Path), $"refused without a path: {e.Message}");
            Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
            Assert.True(e.Path != "$", $"refused at the root, without the path of the value: {e.Message}");
            return;
        }

        // Accepted: everything a parsed issue supports must work on it.
        BulletinValidator.Default.Validate(issue);
        var again = BulletinJson.Deserialize(BulletinJson.Serialize(issue));
        Assert.Equal(issue, again);
        var entries = new[] { new ArchiveEntry("a.json", issue, []), new ArchiveEntry("b.json", again, []) };
        await ArchiveValidator.Default.ValidateAsync(AsyncEntries.Of(entries));
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            using var output = new MemoryStream();
            await ArchiveExport.Default.ExportEntriesAsync(AsyncEntries.Of(entries), table, output);
        }
    }

    // Every value in the tree, with the container that holds it and its key or index.
    private static IEnumerable<(JsonNode Parent, object Key)> Leaves(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    if (name == "schemaVersion")
                    {
                        continue;
                    }

                    yield return (o, name);
                    if (child is not null)
                    {
                        foreach (var leaf in Leaves(child))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    if (a[i] is { } child)
                    {
                        foreach (var leaf in Leaves(child))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[(string)key] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    }

    // Sets the value at a simple path ($.a[0].b); false when the document has no such place.
    private static bool Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            if (part.StartsWith('['))
            {
                var index = int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }

                if (last)
                {
                    array[index] = value;
                    return true;
                }

                node = array[index]!;
            }
            else
            {
                if (node is not JsonObject obj || (!last && obj[part] is null))
                {
                    return false;
                }

                if (last)
                {
                    obj[part] = value;
                    return true;
                }

                node = obj[part]!;
            }

            if (node is null)
            {
                return false;
            }
        }

        return false;
    }
}
