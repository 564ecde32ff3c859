// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>A relation from one claim to another, by the other's <see cref="QuantifiedClaim.Id"/>.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Kind">How the claims relate.</param>
/// <param name="Other">The id of the other claim.</param>
public sealed record ClaimRelation(ClaimRelationKind Kind, int Other)
{
    /// <summary>Gets how the claims relate.</summary>
    public ClaimRelationKind Kind { get; } = Kind;

    /// <summary>Gets the id of the other claim.</summary>
    public int Other { get; } = Other;
}
