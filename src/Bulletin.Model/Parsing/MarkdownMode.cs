// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Parsing;

/// <summary>How the parser reads the block structure of a text.</summary>
public enum MarkdownMode
{
    /// <summary>Read as Markdown when paragraphs are separated by blank lines, else one block per line.</summary>
    Auto,

    /// <summary>Always read as Markdown (CommonMark with pipe tables).</summary>
    Markdown,

    /// <summary>Always read one block per non-blank line.</summary>
    Lines,
}
