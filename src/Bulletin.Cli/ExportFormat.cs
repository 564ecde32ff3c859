// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Cli;

/// <summary>The formats <c>bulletin export</c> writes.</summary>
internal enum ExportFormat
{
    Jsonl,
    Csv,
}
