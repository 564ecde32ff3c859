// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>Text decoded from bytes, with the encoding that was detected and any problems met.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Text">The decoded text, byte-order mark excluded.</param>
/// <param name="EncodingName">The web name of the encoding detected (<c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>).</param>
/// <param name="HadByteOrderMark">Whether the bytes began with a byte-order mark.</param>
/// <param name="Diagnostics">Problems met while decoding.</param>
public sealed record DecodedText(string Text, string EncodingName, bool HadByteOrderMark, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets the decoded text, byte-order mark excluded.</summary>
    public string Text { get; } = Text;

    /// <summary>Gets the web name of the encoding detected (<c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>).</summary>
    public string EncodingName { get; } = EncodingName;

    /// <summary>Gets whether the bytes began with a byte-order mark.</summary>
    public bool HadByteOrderMark { get; } = HadByteOrderMark;

    /// <summary>Gets problems met while decoding.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = Diagnostics;
}
