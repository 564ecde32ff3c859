// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>Text decoded from bytes, with the encoding that was detected and any problems met.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Text">The decoded text, byte-order mark excluded.</param>
/// <param name="EncodingName">The web name of the encoding detected (<c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>).</param>
/// <param name="HadByteOrderMark">Whether the bytes began with a byte-order mark.</param>
/// <param name="Diagnostics">Problems met while decoding.</param>
public sealed record DecodedText(string Text, string EncodingName, bool HadByteOrderMark, ImmutableArray<Diagnostic> Diagnostics);
