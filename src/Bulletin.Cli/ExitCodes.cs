// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;
    internal const int ErrorsFound = 1;
    internal const int Unreadable = 2;
}
