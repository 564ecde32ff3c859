// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Bulletin.Model.Tests.Support;

/// <summary>One line of a gold file (CLAIMS-SPEC), located in the seed's text by its context.</summary>
internal sealed record GoldClaim(string Text, string Kind, decimal? Value, decimal? Lower, decimal? Upper, string Unit, string Qualifier, string? Period, int Start, int Length)
{
    internal static List<GoldClaim> Load(string goldPath, string source)
    {
        var claims = new List<GoldClaim>();
        foreach (var line in File.ReadLines(goldPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var context = root.GetProperty("context").GetString()!;
            var at = source.IndexOf(context, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidDataException($"Gold context not found in the document: {context}");
            }

            var start = at + context.IndexOf(text, StringComparison.Ordinal);
            claims.Add(new GoldClaim(
                text,
                root.GetProperty("kind").GetString()!,
                Number(root, "value"),
                Number(root, "lower"),
                Number(root, "upper"),
                root.GetProperty("unit").GetString()!,
                root.TryGetProperty("qualifier", out var q) ? q.GetString()! : "exact",
                root.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
                start,
                text.Length));
        }

        return claims;
    }

    private static decimal? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
