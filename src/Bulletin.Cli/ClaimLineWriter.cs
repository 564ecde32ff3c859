// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bulletin.Model.Claims;

namespace Bulletin.Cli;

/// <summary>Writes claims as JSON Lines with the field names of docs/claims.md, plus their place in the source.</summary>
internal static class ClaimLineWriter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void Write(Stream stream, IEnumerable<QuantifiedClaim> claims, Func<QuantifiedClaim, string?> articleTitle)
    {
        foreach (var claim in claims)
        {
            using (var writer = new Utf8JsonWriter(stream, s_options))
            {
                WriteClaim(writer, claim, articleTitle(claim));
            }

            stream.WriteByte((byte)'\n');
        }

        stream.Flush();
    }

    private static void WriteClaim(Utf8JsonWriter writer, QuantifiedClaim claim, string? article)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", claim.Id);
        writer.WriteString("text", claim.Text);
        writer.WriteString("kind", Name(claim.Kind));
        WriteNumber(writer, "value", claim.Value);
        if (claim.Lower is not null || claim.Upper is not null)
        {
            WriteNumber(writer, "lower", claim.Lower);
            WriteNumber(writer, "upper", claim.Upper);
        }

        writer.WriteString("qualifier", Name(claim.Qualifier));
        writer.WriteString("unit", claim.Unit);
        WriteOptional(writer, "measure", claim.Measure);
        WriteOptional(writer, "period", claim.Period?.Text);
        writer.WriteString("modality", Name(claim.Modality));
        WriteOptional(writer, "basis", claim.Basis);
        WriteOptional(writer, "subject", claim.Subject);
        writer.WriteNumber("start", claim.Span.Start);
        writer.WriteNumber("length", claim.Span.Length);
        writer.WriteNumber("line", claim.Span.Line);
        writer.WriteNumber("column", claim.Span.Column);
        WriteOptional(writer, "article", article);
        // The archive's shape for relations (docs/json-format.md), so that one reader serves both.
        writer.WriteStartArray("relations");
        foreach (var relation in claim.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Name(relation.Kind));
            writer.WriteNumber("other", relation.Other);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // The names the archived JSON uses for the same values.
    internal static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
