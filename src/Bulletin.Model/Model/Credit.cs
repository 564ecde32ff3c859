// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>One entry of an article's credits (<c>责任编辑|王二</c>): a role and the names given for it.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Role">The role as written, without a leading <c>本篇</c>/<c>本文</c>.</param>
/// <param name="Names">The names given for the role.</param>
public sealed record Credit(string Role, ImmutableArray<string> Names)
{
    /// <summary>Gets the role as written, without a leading <c>本篇</c>/<c>本文</c>.</summary>
    public string Role { get; } = Role;

    /// <summary>Gets the names given for the role.</summary>
    public ImmutableArray<string> Names { get; } = Names.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(Credit? other) => other is not null && Role == other.Role && Equality.Sequence(Names, other.Names);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Role, Equality.Hash(Names));
}
