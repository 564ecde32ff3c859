// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
}
