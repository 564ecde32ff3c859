// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Bulletin.Model.Serialization;

/// <summary>
/// The registered migrations, one per schema version step. When the schema changes, bump
/// <see cref="BulletinJson.CurrentSchemaVersion"/>, add the step here and keep an archive of the old version
/// as a test fixture.
/// </summary>
internal static class SchemaMigrations
{
    internal static ImmutableArray<SchemaMigration> All { get; } =
    [
        // Version 2 records the source file (name, SHA-256, length) under "source"; a version-1 archive
        // never knew its source, and an absent "source" reads as none.
        new(1, "schema 2 adds the optional \"source\" object (file name, SHA-256, length)", static _ => { }),

        // Version 3 adds the document's "title" and "volume", the kind "report", and an article's "publishedAt",
        // "column" and "link". All are optional and a version-2 archive holds none of them, so it reads as it is.
        new(2, "schema 3 adds the optional \"title\" and \"volume\", the kind \"report\", and an article's \"publishedAt\", \"column\" and \"link\"", static _ => { }),
    ];

    /// <summary>Applies every step from <paramref name="version"/> up to the current version.</summary>
    internal static void Upgrade(JsonObject root, int version)
    {
        for (var v = version; v < BulletinJson.CurrentSchemaVersion; v++)
        {
            All[v - BulletinJson.OldestSchemaVersion].Apply(root);
        }

        root["schemaVersion"] = BulletinJson.CurrentSchemaVersion;
    }
}
