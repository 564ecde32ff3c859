// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Serialization;

/// <summary>Archives written by older schema versions are upgraded; newer or unknown versions fail clearly.</summary>
public sealed class SchemaMigrationTests
{
    // Written by this library when the schema was version 1, from samples/binhai-trade-brief-2026-03.md.
    private static readonly string s_version1 = Path.Combine(Corpus.RepositoryRoot, "tests", "Bulletin.Model.Tests", "Serialization", "Fixtures", "binhai-trade-brief-2026-03.schema-v1.json");

    // Written by this library when the schema was version 2 (it records its source file), from the same sample.
    private static readonly string s_version2 = Path.Combine(Corpus.RepositoryRoot, "tests", "Bulletin.Model.Tests", "Serialization", "Fixtures", "binhai-trade-brief-2026-03.schema-v2.json");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Deserialize_OlderFixture_IsUpgradedWithoutLosingAnything(int version)
    {
        var bytes = File.ReadAllBytes(version == 1 ? s_version1 : s_version2);
        Assert.Equal(version, BulletinJson.ReadSchemaVersion(bytes));

        var issue = BulletinJson.Deserialize(bytes);

        Assert.Equal(BulletinJson.CurrentSchemaVersion, issue.SchemaVersion);
        Assert.Equal(version >= 2, issue.Source is not null);
        Assert.Null(issue.Title);
        Assert.Null(issue.Volume);
        var expected = JsonNode.Parse(bytes)!.AsObject();
        expected["schemaVersion"] = BulletinJson.CurrentSchemaVersion;
        var actual = JsonNode.Parse(BulletinJson.Serialize(issue));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"The upgraded issue, written again, differs from the version-{version} file beyond its version.");
    }

    [Fact]
    public void Deserialize_Version1Fixture_ReadsItsFigures()
    {
        var bytes = File.ReadAllBytes(s_version1);
        var claimsInFile = JsonNode.Parse(bytes)!["claims"]!.AsArray().Count;

        var issue = BulletinJson.Deserialize(bytes);

        Assert.Equal(claimsInFile, issue.Claims.Length);
        Assert.True(claimsInFile > 0);
        Assert.Equal(2026, issue.Year);
        Assert.Equal(3, issue.Number);
    }

    [Theory]
    [InlineData(BulletinJson.CurrentSchemaVersion + 1, "newer")]
    [InlineData(99, "newer")]
    [InlineData(0, "no Bulletin.Model ever wrote")]
    [InlineData(-3, "no Bulletin.Model ever wrote")]
    public void Deserialize_UnknownSchemaVersion_FailsWithAClearMessage(int version, string words)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(s_version1))!.AsObject();
        node["schemaVersion"] = version;

        var ex = Assert.Throws<BulletinJsonException>(() => BulletinJson.Deserialize(node.ToJsonString()));

        Assert.Equal("$.schemaVersion", ex.Path);
        Assert.Contains(words, ex.Message, System.StringComparison.Ordinal);
        Assert.Contains($"versions {BulletinJson.OldestSchemaVersion} to {BulletinJson.CurrentSchemaVersion}", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FileWithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(s_version1)).ToArray();

        var issue = BulletinJson.Deserialize(bytes);

        Assert.Equal(2026, issue.Year);
    }

    [Fact]
    public void Migrations_CoverEveryStepFromTheOldestToTheCurrentVersion()
    {
        var steps = SchemaMigrations.All.Select(m => m.FromVersion).ToArray();

        Assert.Equal(Enumerable.Range(BulletinJson.OldestSchemaVersion, BulletinJson.CurrentSchemaVersion - BulletinJson.OldestSchemaVersion), steps);
        Assert.All(SchemaMigrations.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Change)));
    }
}
