// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Bulletin.Model.Utility;
using UnitsNet;

namespace Bulletin.Model.Claims;

/// <summary>
/// A number in running text that states a measurable fact, estimate, target or comparison, read as
/// docs/claims.md describes: its exact text and place, kind, value (magnitude applied) or interval, stated
/// precision, qualifier, unit, counted noun, period, modality, subject, and its relations to other claims.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Id">The claim's number within its document, from 1 in reading order.</param>
/// <param name="Text">The surface text, exactly as in the source.</param>
/// <param name="Span">Where the text stands in the source.</param>
/// <param name="Kind">What the claim states.</param>
/// <param name="Value">The stated number with its magnitude applied; <see langword="null"/> for a range or a vague number such as <c>数十</c>.</param>
/// <param name="Lower">The lower end of a range or of a vague number, when there is one.</param>
/// <param name="Upper">The upper end of a range or of a vague number, when there is one.</param>
/// <param name="Precision">Half a unit of the last stated digit, magnitude applied (<c>1260.5 亿</c>: 5000000); the value is known to ± this.</param>
/// <param name="Qualifier">How the number is qualified.</param>
/// <param name="Unit">The unit: an ISO 4217 code, <c>%</c>, <c>pp</c>, <c>x</c>, <c>count</c>, <c>point</c>, a UnitsNet-style name (<c>Energy.TerawattHour</c>) or a ratio of two (<c>USD/EUR</c>).</param>
/// <param name="Measure">For counts, the measure word or counted noun as written.</param>
/// <param name="Period">The time the figure refers to, when the text states it.</param>
/// <param name="Modality">Fact, forecast or target.</param>
/// <param name="Basis">The basis of a change: <c>yoy</c> (同比), <c>mom</c> (环比), or the words that name it (<c>比 2019 年</c>).</param>
/// <param name="Subject">The phrase the figure measures, as far as its clause shows it.</param>
/// <param name="Relations">The claim's relations to other claims of the same document.</param>
/// <param name="ArticleIndex">The 0-based index of the article the claim stands in, in <see cref="BulletinIssue.EnumerateArticles"/> order.</param>
/// <param name="BlockIndex">The 0-based index of the block within that article, when it stands in one.</param>
public sealed record QuantifiedClaim(
    int Id,
    string Text,
    SourceSpan Span,
    ClaimKind Kind,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    decimal? Precision,
    ClaimQualifier Qualifier,
    string Unit,
    string? Measure,
    ClaimPeriod? Period,
    ClaimModality Modality,
    string? Basis,
    string? Subject,
    ImmutableArray<ClaimRelation> Relations,
    int? ArticleIndex,
    int? BlockIndex)
{
    /// <summary>Gets the claim's number within its document.</summary>
    public int Id { get; } = Id;

    /// <summary>Gets the surface text.</summary>
    public string Text { get; } = Text;

    /// <summary>Gets where the text stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets what the claim states.</summary>
    public ClaimKind Kind { get; } = Kind;

    /// <summary>Gets the stated number with its magnitude applied.</summary>
    public decimal? Value { get; } = Value;

    /// <summary>Gets the lower end of a range or vague number.</summary>
    public decimal? Lower { get; } = Lower;

    /// <summary>Gets the upper end of a range or vague number.</summary>
    public decimal? Upper { get; } = Upper;

    /// <summary>Gets half a unit of the last stated digit, magnitude applied.</summary>
    public decimal? Precision { get; } = Precision;

    /// <summary>Gets how the number is qualified.</summary>
    public ClaimQualifier Qualifier { get; } = Qualifier;

    /// <summary>Gets the unit.</summary>
    public string Unit { get; } = Unit;

    /// <summary>Gets the measure word or counted noun of a count.</summary>
    public string? Measure { get; } = Measure;

    /// <summary>Gets the period the figure refers to.</summary>
    public ClaimPeriod? Period { get; } = Period;

    /// <summary>Gets whether the figure is a fact, forecast or target.</summary>
    public ClaimModality Modality { get; } = Modality;

    /// <summary>Gets the basis of a change.</summary>
    public string? Basis { get; } = Basis;

    /// <summary>Gets the phrase the figure measures.</summary>
    public string? Subject { get; } = Subject;

    /// <summary>Gets the claim's relations to other claims.</summary>
    public ImmutableArray<ClaimRelation> Relations { get; } = Relations.OrEmpty();

    /// <summary>Gets the index of the article the claim stands in.</summary>
    public int? ArticleIndex { get; } = ArticleIndex;

    /// <summary>Gets the index of the block within the article.</summary>
    public int? BlockIndex { get; } = BlockIndex;

    /// <summary>
    /// Gives the figure as a UnitsNet quantity (<c>Energy</c>, <c>Mass</c>, <c>Temperature</c>, <c>Information</c>,
    /// <c>Duration</c> …), converted exactly from <see cref="Value"/>, so that it can be compared with and converted
    /// to any other unit of its dimension.
    /// </summary>
    /// <param name="quantity">The quantity, when the claim has one.</param>
    /// <returns>
    /// <see langword="true"/> when the claim states a single value in a catalogue unit that maps to UnitsNet;
    /// <see langword="false"/> for currencies, percentages, counts, ranges, and the extensions UnitsNet has no
    /// dimension for (<c>Compute.Flops</c>, <c>Transport.*</c>).
    /// </returns>
    /// <example>
    /// <code>
    /// if (claim.TryGetQuantity(out var quantity) &amp;&amp; quantity is Energy energy)
    ///     Console.WriteLine(energy.TerawattHours);
    /// </code>
    /// </example>
    public bool TryGetQuantity([NotNullWhen(true)] out IQuantity? quantity)
    {
        quantity = null;
        return Value is { } value && UnitCatalog.TryGet(Unit, out var unit) && unit.TryCreateQuantity(value, out quantity);
    }

    /// <inheritdoc/>
    public bool Equals(QuantifiedClaim? other) =>
        other is not null && Id == other.Id && Text == other.Text && Span == other.Span && Kind == other.Kind &&
        Value == other.Value && Lower == other.Lower && Upper == other.Upper && Precision == other.Precision &&
        Qualifier == other.Qualifier && Unit == other.Unit && Measure == other.Measure && Period == other.Period &&
        Modality == other.Modality && Basis == other.Basis && Subject == other.Subject &&
        ArticleIndex == other.ArticleIndex && BlockIndex == other.BlockIndex && Equality.Sequence(Relations, other.Relations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Text, Span, Kind, Value, Unit, Equality.Hash(Relations));
}
