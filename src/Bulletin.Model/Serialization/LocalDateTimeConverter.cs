// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Writes a local date and time as RFC 3339 does with a space for the <c>T</c> (<c>2026-04-16 19:30</c>, seconds
/// only when there are any), the way the documents print it; reads that form and ISO 8601 with a <c>T</c>.
/// Our own converter, like <see cref="LocalDateConverter"/>, keeps the package trimming- and AOT-safe.
/// </summary>
internal sealed class LocalDateTimeConverter : JsonConverter<LocalDateTime>
{
    private static readonly LocalDateTimePattern s_minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly LocalDateTimePattern s_seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");
    private static readonly LocalDateTimePattern s_iso = LocalDateTimePattern.ExtendedIso;

    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date and time must be a string (yyyy-MM-dd HH:mm).");
        }

        var text = reader.GetString()!;
        foreach (var pattern in (ReadOnlySpan<LocalDateTimePattern>)[s_minutes, s_seconds, s_iso])
        {
            if (pattern.Parse(text) is { Success: true } parsed)
            {
                return parsed.Value;
            }
        }

        throw new JsonException($"\"{text}\" is not a local date and time (yyyy-MM-dd HH:mm).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue((value.Second == 0 && value.NanosecondOfSecond == 0 ? s_minutes : s_seconds).Format(value));
}
