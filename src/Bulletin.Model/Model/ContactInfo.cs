// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>A contact block (<c>联系方式</c>): each field as written, <see langword="null"/> when not given.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Phone">The telephone number.</param>
/// <param name="Fax">The fax number.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Address">The postal address, its continuation lines joined.</param>
/// <param name="PostalCode">The postal code.</param>
/// <param name="Web">The web site.</param>
/// <param name="Weibo">The Weibo account or address.</param>
/// <param name="WeChat">The WeChat account.</param>
/// <param name="Span">Where the block stands in the source.</param>
public sealed record ContactInfo(
    string? Phone,
    string? Fax,
    string? Email,
    string? Address,
    string? PostalCode,
    string? Web,
    string? Weibo,
    string? WeChat,
    SourceSpan Span)
{
    /// <summary>Gets the telephone number.</summary>
    public string? Phone { get; } = Phone;

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; } = Fax;

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; } = Email;

    /// <summary>Gets the postal address, its continuation lines joined.</summary>
    public string? Address { get; } = Address;

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; } = PostalCode;

    /// <summary>Gets the web site.</summary>
    public string? Web { get; } = Web;

    /// <summary>Gets the Weibo account or address.</summary>
    public string? Weibo { get; } = Weibo;

    /// <summary>Gets the WeChat account.</summary>
    public string? WeChat { get; } = WeChat;

    /// <summary>Gets where the block stands in the source.</summary>
    public SourceSpan Span { get; } = Span;
}
