// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>An author as the document names them, with affiliation and role where stated.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The author's name.</param>
/// <param name="Affiliation">The institution, or the channel a byline names; <see langword="null"/> when not stated.</param>
/// <param name="Role">The author's title or role (<c>研究员</c>); <see langword="null"/> when not stated.</param>
/// <param name="Place">The place given with the affiliation; <see langword="null"/> when not stated.</param>
/// <param name="PostalCode">The postal code given with the affiliation; <see langword="null"/> when not stated.</param>
public sealed record Author(string Name, string? Affiliation, string? Role, string? Place, string? PostalCode);
