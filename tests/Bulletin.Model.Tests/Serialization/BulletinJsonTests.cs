// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;
using System.Threading.Tasks;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;
using NJsonSchema;

namespace Bulletin.Model.Tests.Serialization;

public sealed class BulletinJsonTests
{
    [Fact]
    public void SerializeThenDeserialize_EveryDocument_GivesAnEqualIssue()
    {
        var count = 0;
        foreach (var (name, text) in Documents.All())
        {
            var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
            var json = BulletinJson.Serialize(issue);
            var back = BulletinJson.Deserialize(json);
            Assert.True(issue.Equals(back), $"{name}: the deserialized issue differs from the original.");
            Assert.Equal(json, BulletinJson.Serialize(back));
            count++;
        }

        Assert.True(count >= 2);
    }

    [Fact]
    public async Task Schema_RejectsAnotherSchemaVersion()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Corpus.RepositoryRoot, "docs", "schema", "bulletin-issue.schema.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(BulletinJson.Serialize(BulletinParser.Default.Parse("# 标题\n\n正文一段。").GetValueOrThrow()))!;
        Assert.Empty(schema.Validate(node.ToJsonString()));

        node["schemaVersion"] = BulletinJson.CurrentSchemaVersion + 1;

        Assert.NotEmpty(schema.Validate(node.ToJsonString()));
    }

    [Fact]
    public async Task Serialize_EveryDocument_MatchesTheJsonSchema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Corpus.RepositoryRoot, "docs", "schema", "bulletin-issue.schema.json"));
        foreach (var (name, text) in Documents.All())
        {
            // From bytes, so the issue records its source as an archived file does.
            var json = BulletinJson.Serialize(BulletinParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(text)).GetValueOrThrow());
            var errors = schema.Validate(WithoutHugeIntegers(json));
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", System.Linq.Enumerable.Select(errors, e => e.ToString()))}");
        }
    }

    // NJsonSchema reads integers beyond Int64 (1.5e20 FLOPS) as BigInteger, which it cannot check against
    // "number"; write those as doubles for the validator only. The archive itself keeps exact decimals.
    private static string WithoutHugeIntegers(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Rewrite(node);
        return node.ToJsonString();

        static void Rewrite(System.Text.Json.Nodes.JsonNode? n)
        {
            switch (n)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var key in System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(o, p => p.Key)))
                    {
                        if (o[key] is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && !v.TryGetValue<long>(out _))
                        {
                            o[key] = v.GetValue<double>();
                        }
                        else
                        {
                            Rewrite(o[key]);
                        }
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a)
                    {
                        Rewrite(item);
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Serialize_Root_StartsWithSchemaVersionAndUsesCamelCase()
    {
        var issue = BulletinParser.Default.Parse("# 标题\n\n正文一段。").GetValueOrThrow();
        var json = BulletinJson.Serialize(issue);
        Assert.StartsWith("{\n  \"schemaVersion\": " + BulletinJson.CurrentSchemaVersion + ",", json.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"article\"", json, System.StringComparison.Ordinal);
        Assert.Contains("标题", json, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("\"text\"", "$")]
    [InlineData("{}", "$")]
    [InlineData("{\"kind\":\"article\"}", "$")]
    [InlineData("{\"schemaVersion\":\"1\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":99}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"poem\"}", "$.kind")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"article\",\"publishedOn\":\"yesterday\"}", "$.publishedOn")]
    [InlineData("{\"schemaVersion\":1,\"articles\":[{\"title\":7}]}", "$.articles[0].title")]
    [InlineData("not json at all", "$")]
    public void Deserialize_JsonThatIsNotAnArchivedIssue_ThrowsWithThePath(string json, string path)
    {
        var ex = Assert.Throws<BulletinJsonException>(() => BulletinJson.Deserialize(json));
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Deserialize_UnknownProperties_AreIgnored()
    {
        var issue = BulletinJson.Deserialize("{\"schemaVersion\":1,\"kind\":\"paper\",\"addedLater\":{\"x\":[1,2]}}");
        Assert.Equal(DocumentKind.Paper, issue.Kind);
    }
}
