// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;
    internal const int ErrorsFound = 1;
    internal const int Unreadable = 2;

    // The same code as an unreadable input: either way the command could not start on what it was given.
    internal const int Usage = 2;

    // A failure of the tool itself (a bug or the machine), not of the input.
    internal const int InternalError = 3;

    // Interrupted (SIGINT or SIGTERM), as shells report a process ended by SIGINT: 128 + 2.
    internal const int Cancelled = 130;
}
