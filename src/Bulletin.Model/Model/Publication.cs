// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>The periodical an issue belongs to, as its masthead names it.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The publication's name (<c>滨海商务简报</c>); <see langword="null"/> when the document names none.</param>
/// <param name="Frequency">How often it appears (<c>季刊</c>), when stated.</param>
/// <param name="Publisher">The body that publishes it (<c>滨海市贸促会</c>), when stated.</param>
/// <param name="Editor">The body that edits it (<c>…秘书处编</c> gives <c>…秘书处</c>), when stated.</param>
/// <param name="Classification">Its circulation class (<c>内部资料</c>), when stated.</param>
public sealed record Publication(string? Name, string? Frequency, string? Publisher, string? Editor, string? Classification)
{
    /// <summary>Gets the publication's name (<c>滨海商务简报</c>); <see langword="null"/> when the document names none.</summary>
    public string? Name { get; } = Name;

    /// <summary>Gets how often it appears (<c>季刊</c>), when stated.</summary>
    public string? Frequency { get; } = Frequency;

    /// <summary>Gets the body that publishes it (<c>滨海市贸促会</c>), when stated.</summary>
    public string? Publisher { get; } = Publisher;

    /// <summary>Gets the body that edits it (<c>…秘书处编</c> gives <c>…秘书处</c>), when stated.</summary>
    public string? Editor { get; } = Editor;

    /// <summary>Gets its circulation class (<c>内部资料</c>), when stated.</summary>
    public string? Classification { get; } = Classification;

    /// <summary>Gets a publication about which nothing is known.</summary>
    public static Publication Unknown { get; } = new(null, null, null, null, null);
}
