// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Parsing;

/// <summary>The shape of a block as the block readers see it, before layout gives it a role.</summary>
internal enum RawBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Separator,
    Image,
    Quote,
    Table,
}
