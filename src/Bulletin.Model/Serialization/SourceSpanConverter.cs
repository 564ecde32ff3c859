// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Reads a span as an object of its four members, all required and in range, so that a bad span is refused with the
/// JSON path the serializer attaches to a <see cref="JsonException"/> rather than by the constructor without one.
/// </summary>
internal sealed class SourceSpanConverter : JsonConverter<SourceSpan>
{
    public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A span is an object with start, length, line and column.");
        }

        int? start = null, length = null, line = null, column = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = Int(ref reader, name); break;
                case "length": length = Int(ref reader, name); break;
                case "line": line = Int(ref reader, name); break;
                case "column": column = Int(ref reader, name); break;
                default: reader.Skip(); break;
            }
        }

        if (start is not { } s || length is not { } n || line is not { } l || column is not { } c)
        {
            throw new JsonException("A span needs start, length, line and column.");
        }

        if (s < 0 || n < 0 || (long)s + n > int.MaxValue)
        {
            throw new JsonException($"A span's start ({s}) and length ({n}) must not be negative, and must end within the text.");
        }

        if (l < 1 || c < 1)
        {
            throw new JsonException($"A span's line ({l}) and column ({c}) are numbered from 1.");
        }

        return new SourceSpan(s, n, l, c);
    }

    public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("column", value.Column);
        writer.WriteEndObject();
    }

    private static int Int(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw new JsonException($"A span's {name} must be an integer.");
}
