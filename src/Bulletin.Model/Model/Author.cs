// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>An author as the document names them, with affiliation and role where stated.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The author's name.</param>
/// <param name="Affiliation">The institution, or the channel a byline names; <see langword="null"/> when not stated.</param>
/// <param name="Role">The author's title or role (<c>研究员</c>); <see langword="null"/> when not stated.</param>
/// <param name="Place">The place given with the affiliation; <see langword="null"/> when not stated.</param>
/// <param name="PostalCode">The postal code given with the affiliation; <see langword="null"/> when not stated.</param>
public sealed record Author(string Name, string? Affiliation, string? Role, string? Place, string? PostalCode)
{
    /// <summary>Gets the author's name.</summary>
    public string Name { get; } = Name;

    /// <summary>Gets the institution, or the channel a byline names; <see langword="null"/> when not stated.</summary>
    public string? Affiliation { get; } = Affiliation;

    /// <summary>Gets the author's title or role (<c>研究员</c>); <see langword="null"/> when not stated.</summary>
    public string? Role { get; } = Role;

    /// <summary>Gets the place given with the affiliation; <see langword="null"/> when not stated.</summary>
    public string? Place { get; } = Place;

    /// <summary>Gets the postal code given with the affiliation; <see langword="null"/> when not stated.</summary>
    public string? PostalCode { get; } = PostalCode;
}
