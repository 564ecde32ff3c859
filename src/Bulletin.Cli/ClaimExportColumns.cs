// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletin.Model;
using Bulletin.Model.Claims;
using NodaTime.Text;

namespace Bulletin.Cli;

/// <summary>
/// The columns of <c>bulletin export claims</c>, in order: where the claim stands (archive file, publication, issue,
/// article) and every field of the claim. One table serves both CSV and JSON Lines, so the two never disagree.
/// </summary>
internal static class ClaimExportColumns
{
    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;

    internal static readonly (string Name, bool IsNumber)[] All =
    [
        ("file", false), ("publication", false), ("year", true), ("number", true), ("cumulativeNumber", true), ("publishedOn", false),
        ("article", false), ("articleIndex", true), ("blockIndex", true),
        ("id", true), ("text", false), ("kind", false), ("value", true), ("lower", true), ("upper", true), ("precision", true),
        ("qualifier", false), ("unit", false), ("measure", false), ("period", false), ("periodStart", false), ("periodEnd", false),
        ("modality", false), ("basis", false), ("subject", false),
        ("start", true), ("length", true), ("line", true), ("column", true), ("related", false),
    ];

    /// <summary>The row's values in column order, formatted with the invariant culture; <see langword="null"/> where there is none.</summary>
    internal static string?[] Values(string file, BulletinIssue issue, IReadOnlyList<Article> articles, QuantifiedClaim claim) =>
    [
        file, issue.Publication.Name, Number(issue.Year), Number(issue.Number), Number(issue.CumulativeNumber),
        issue.PublishedOn is { } published ? s_date.Format(published) : null,
        claim.ArticleIndex is { } a && a < articles.Count ? articles[a].Title : null, Number(claim.ArticleIndex), Number(claim.BlockIndex),
        Number(claim.Id), claim.Text, ClaimLineWriter.Name(claim.Kind), Number(claim.Value), Number(claim.Lower), Number(claim.Upper), Number(claim.Precision),
        ClaimLineWriter.Name(claim.Qualifier), claim.Unit, claim.Measure, claim.Period?.Text,
        claim.Period?.Start is { } start ? s_date.Format(start) : null, claim.Period?.End is { } end ? s_date.Format(end) : null,
        ClaimLineWriter.Name(claim.Modality), claim.Basis, claim.Subject,
        Number(claim.Span.Start), Number(claim.Span.Length), Number(claim.Span.Line), Number(claim.Span.Column),
        claim.Relations.IsEmpty ? null : string.Join(';', claim.Relations.Select(r => ClaimLineWriter.Name(r.Kind) + ":" + r.Other.ToString(CultureInfo.InvariantCulture))),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
