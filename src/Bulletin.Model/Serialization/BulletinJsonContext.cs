// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Bulletin.Model.Serialization;

/// <summary>The source-generated serializer context for archived issues: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    WriteIndented = true)]
[JsonSerializable(typeof(BulletinIssue))]
internal sealed partial class BulletinJsonContext : JsonSerializerContext;
