// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bulletin.Model.Serialization;

/// <summary>Writes a <see cref="PartialDate"/> as its ISO 8601 string (<c>2026-01-29</c>, <c>--01-28</c>).</summary>
internal sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be an ISO 8601 string.");
        }

        var text = reader.GetString();
        return PartialDate.TryParse(text, out var date) ? date : throw new JsonException($"\"{text}\" is not an ISO 8601 date.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
