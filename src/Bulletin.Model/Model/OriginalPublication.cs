// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>Where a reprinted article first appeared (<c>原文刊载于《滨海经济报》2024年3月12日第2版</c>).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The name of the publication, without title marks.</param>
/// <param name="Date">The date of the original, as far as stated.</param>
/// <param name="Page">The page or edition number (<c>第8版</c>), when stated.</param>
public sealed record OriginalPublication(string Name, PartialDate? Date, int? Page)
{
    /// <summary>Gets the name of the publication, without title marks.</summary>
    public string Name { get; } = Name;

    /// <summary>Gets the date of the original, as far as stated.</summary>
    public PartialDate? Date { get; } = Date;

    /// <summary>Gets the page or edition number (<c>第8版</c>), when stated.</summary>
    public int? Page { get; } = Page;
}
