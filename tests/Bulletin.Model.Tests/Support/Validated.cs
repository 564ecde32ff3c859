// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Support;

/// <summary>Parses a text with the default parser and validates it with the default rules.</summary>
internal static class Validated
{
    internal static ImmutableArray<Diagnostic> Diagnostics(string text) =>
        BulletinValidator.Default.Validate(BulletinParser.Default.Parse(text).GetValueOrThrow()).Diagnostics;

    /// <summary>The diagnostics of one paragraph under a title, as a bulletin of one sentence.</summary>
    internal static ImmutableArray<Diagnostic> Paragraph(string paragraph) => Diagnostics("# 外经简报\n\n" + paragraph + "\n");
}
