// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;

namespace Bulletin.Model.Claims;

/// <summary>A claim while it is being read; frozen into a <see cref="QuantifiedClaim"/> at the end.</summary>
internal sealed class ClaimDraft
{
    internal int Start { get; set; }

    internal int End { get; set; }

    internal int NumberStart { get; set; }

    internal ClaimKind Kind { get; set; }

    internal decimal? Value { get; set; }

    internal decimal? Lower { get; set; }

    internal decimal? Upper { get; set; }

    internal decimal? Precision { get; set; }

    internal ClaimQualifier Qualifier { get; set; }

    internal string Unit { get; set; } = "count";

    internal string? Measure { get; set; }

    /// <summary>Gets or sets a value indicating whether the unit was written (not inferred).</summary>
    internal bool HasUnitWord { get; set; }

    internal ClaimModality Modality { get; set; }

    internal ClaimPeriod? Period { get; set; }

    internal string? Basis { get; set; }

    internal string? Subject { get; set; }

    internal int Sign { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether the percentage kind was decided by words of its own clause.</summary>
    internal bool KindFromContext { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the percentage is a share only because no word said what it is, so that
    /// a document whose percentages are measurements (a paper's accuracies and error rates) may read it as a percent.
    /// </summary>
    internal bool KindByDefault { get; set; }

    internal int SentenceStart { get; set; }

    // Most figures relate to nothing: the list is made by the first relation, not with every draft (a draft is
    // made for every number read, years and list numbers included).
    private List<(ClaimRelationKind Kind, ClaimDraft Other)>? _relations;

    /// <summary>Gets the draft's relations so far, in the order they were added; <see cref="AddRelation"/> adds one.</summary>
    internal RelationView Relations => new(_relations);

    /// <summary>Adds a relation to another draft.</summary>
    internal void AddRelation(ClaimRelationKind kind, ClaimDraft other) => (_relations ??= []).Add((kind, other));

    /// <summary>
    /// Returns the draft to the state of a new one, so that the scanner can read its next number into the draft a
    /// refused number left (half of all numbers read are refused: years, cells a table reads, codes). Every property
    /// is listed; a test holds a reset draft equal, field by field, to a new one.
    /// </summary>
    internal ClaimDraft Reset()
    {
        Start = End = NumberStart = SentenceStart = Id = 0;
        Kind = default;
        Value = Lower = Upper = Precision = null;
        Qualifier = default;
        Unit = "count";
        Measure = Basis = Subject = null;
        HasUnitWord = KindFromContext = KindByDefault = FromBasisPoints = RocYears = false;
        Modality = default;
        Period = null;
        Sign = 1;
        _relations = null;
        return this;
    }

    /// <summary>A read-only view of a draft's relations, empty while it has none.</summary>
    internal readonly struct RelationView(List<(ClaimRelationKind Kind, ClaimDraft Other)>? list)
    {
        internal int Count => list?.Count ?? 0;

        internal bool Exists(Predicate<(ClaimRelationKind Kind, ClaimDraft Other)> match) => list is not null && list.Exists(match);

        internal (ClaimRelationKind Kind, ClaimDraft Other) Find(Predicate<(ClaimRelationKind Kind, ClaimDraft Other)> match) =>
            list is null ? default : list.Find(match);

        /// <summary>Whether the draft holds a relation of this kind to <paramref name="other"/>.</summary>
        internal bool Has(ClaimRelationKind kind, ClaimDraft other)
        {
            if (list is not null)
            {
                foreach (var (k, o) in list)
                {
                    if (k == kind && o == other)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public List<(ClaimRelationKind Kind, ClaimDraft Other)>.Enumerator GetEnumerator() => (list ?? s_none).GetEnumerator();

        private static readonly List<(ClaimRelationKind Kind, ClaimDraft Other)> s_none = [];
    }

    internal int Id { get; set; }

    /// <summary>Gets or sets a value indicating whether the figure was written in basis points.</summary>
    internal bool FromBasisPoints { get; set; }

    /// <summary>Gets or sets whether the document counts years from 1912, so that <c>108年</c> is a date.</summary>
    internal bool RocYears { get; set; }
}
