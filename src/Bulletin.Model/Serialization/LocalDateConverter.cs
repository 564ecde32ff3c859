// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Writes a <see cref="LocalDate"/> as its ISO 8601 string (<c>2026-03-20</c>). Our own rather than
/// NodaTime.Serialization.SystemTextJson's, which is not trimming- or AOT-safe and would make every consumer's native
/// build fail.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern s_pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be an ISO 8601 string.");
        }

        var text = reader.GetString()!;
        var parsed = s_pattern.Parse(text);
        return parsed.Success ? parsed.Value : throw new JsonException($"\"{text}\" is not an ISO 8601 date (yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(s_pattern.Format(value));
}
