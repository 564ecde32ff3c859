// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Parsing;

/// <summary>One row of a table as read from the source.</summary>
internal sealed record RawRow(string[] Cells, bool IsHeader, int Start, int End);
