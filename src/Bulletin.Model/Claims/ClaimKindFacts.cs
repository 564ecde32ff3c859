// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>What a claim's kind says about the figure, asked the same way by the scanner, the table reader and the rules.</summary>
internal static class ClaimKindFacts
{
    /// <summary>Whether figures of the kind are levels that parts add up to (an amount, a count, a physical quantity).</summary>
    internal static bool IsLevel(this ClaimKind kind) => kind is ClaimKind.Amount or ClaimKind.Count or ClaimKind.Physical;
}
