// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>The kind of a <see cref="Block"/> of an article's body.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A sub-heading inside an article.</summary>
    Heading,

    /// <summary>A list; its entries are in <see cref="Block.Items"/>.</summary>
    List,

    /// <summary>A quotation set apart from the text, such as a lead quote.</summary>
    Quote,

    /// <summary>An image, with its caption where one is given.</summary>
    Image,

    /// <summary>A thematic break.</summary>
    Separator,

    /// <summary>A table; its rows are in <see cref="Block.Rows"/>.</summary>
    Table,
}
