// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Analytics;

/// <summary>One column of an export table: its name, its type and what it holds. Every column may be empty (null).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The column's name, in camel case as the archive's JSON names the field (<c>periodStart</c>).</param>
/// <param name="Type">The column's type.</param>
/// <param name="Description">What the column holds.</param>
public sealed record ExportColumn(string Name, ExportColumnType Type, string Description)
{
    /// <summary>Gets the column's name.</summary>
    public string Name { get; } = Name;

    /// <summary>Gets the column's type.</summary>
    public ExportColumnType Type { get; } = Type;

    /// <summary>Gets what the column holds.</summary>
    public string Description { get; } = Description;
}
