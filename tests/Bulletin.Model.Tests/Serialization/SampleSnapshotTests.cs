// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Bulletin.Model.Tests.Serialization;

/// <summary>The archived JSON of the project's own samples, compared with the committed snapshots.</summary>
public sealed class SampleSnapshotTests
{
    [Theory]
    [InlineData("binhai-trade-brief-2026-03.md")]
    [InlineData("binhai-news-page.md")]
    public void Serialize_Sample_MatchesSnapshot(string sample)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Corpus.SamplesDirectory, sample))).Text;
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var json = BulletinJson.Serialize(issue);

        // An explicit folder (Snapshooter appends __snapshots__): CI builds map source paths to /_/, where it would look for (and
        // silently create) the snapshot. A missing snapshot fails unless BULLETIN_UPDATE_SNAPSHOTS asks to write it.
        var folder = Path.Combine(Corpus.RepositoryRoot, "tests", "Bulletin.Model.Tests", "Serialization");
        var name = $"{nameof(SampleSnapshotTests)}.{nameof(Serialize_Sample_MatchesSnapshot)}_{Path.GetFileNameWithoutExtension(sample)}.snap";
        Assert.True(
            File.Exists(Path.Combine(folder, "__snapshots__", name)) || System.Environment.GetEnvironmentVariable("BULLETIN_UPDATE_SNAPSHOTS") == "1",
            $"No committed snapshot {name}; run the tests once with BULLETIN_UPDATE_SNAPSHOTS=1 and review it.");
        Snapshot.Match(json, new SnapshotFullName(name, folder));
    }
}
