// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>The state of one parse: the source, its line map and the diagnostics raised so far.</summary>
internal sealed class ParseContext
{
    private readonly List<Diagnostic> _diagnostics = [];

    internal ParseContext(string source, BulletinParserOptions options)
    {
        Source = source;
        Options = options;
        Lines = new LineMap(source);
    }

    internal string Source { get; }

    internal BulletinParserOptions Options { get; }

    internal LineMap Lines { get; }

    /// <summary>Gets the page numbers a converted document prints between its pages (<c>— 3 —</c>), taken out of the body.</summary>
    internal List<RawBlock> PageNumbers { get; } = [];

    /// <summary>Gets or sets the file's YAML front matter, when it has one; its blocks are not in the body.</summary>
    internal FrontMatter? FrontMatter { get; set; }

    internal SourceSpan Span(int start, int end) => Lines.Span(start, end);

    internal SourceSpan Span(RawBlock block) => Lines.Span(block.Start, block.End);

    internal void Report(string id, DiagnosticSeverity severity, SourceSpan span, params object?[] arguments) =>
        _diagnostics.Add(DiagnosticFactory.Create(id, severity, span, arguments));

    internal void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    internal ImmutableArray<Diagnostic> Diagnostics()
    {
        _diagnostics.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. _diagnostics];
    }
}
