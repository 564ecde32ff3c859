// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation;

/// <summary>A figure that may be compared with another statement of it, and the name it is compared by.</summary>
internal readonly record struct ComparableFigure(QuantifiedClaim Claim, string Subject);
