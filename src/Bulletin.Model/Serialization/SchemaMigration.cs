// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json.Nodes;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Lifts an archived issue from one schema version to the next by rewriting its JSON tree, so an archive
/// written years ago reads into today's model.
/// </summary>
/// <param name="FromVersion">The version the migration reads; it writes <paramref name="FromVersion"/> + 1.</param>
/// <param name="Change">What changed between the two versions, for the changelog and error messages.</param>
/// <param name="Apply">Rewrites the root object in place; it need not touch <c>schemaVersion</c>.</param>
internal sealed record SchemaMigration(int FromVersion, string Change, Action<JsonObject> Apply);
