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
        Snapshot.Match(json, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(sample)));
    }
}
