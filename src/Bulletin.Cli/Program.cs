// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.CommandLine;
using System.Runtime.InteropServices;
using System.Threading;
using Bulletin.Cli;

// Piped or redirected output is read by programs and pasted into files: tables and lines keep their natural width
// instead of wrapping at the 80 columns Spectre.Console assumes without a terminal.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = UnwrappedWidth;
}

var root = new RootCommand("Parse, inspect and archive periodical bulletins.");
var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the stack trace.", Recursive = true };
root.Options.Add(verbose);
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ArchiveCommand.Create());
root.Subcommands.Add(ExportCommand.Create());

// A wrong command line is a usage error, exit 2, with the parser's message on one line each.
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync("bulletin: " + error.Message).ConfigureAwait(false);
    }

    await Console.Error.WriteLineAsync("Run 'bulletin --help' for the commands and their options.").ConfigureAwait(false);
    return ExitCodes.Usage;
}

// Ctrl+C and SIGTERM cancel the command instead of killing the process, so that it removes its temporary files
// (a half-written zip, an issue being written) on the way out; a second signal is not held back.
using var interrupted = new CancellationTokenSource();
Action<PosixSignalContext> interrupt = context =>
{
    context.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
};
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, interrupt);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, interrupt);

// A crash is exit 3, never 1 ("findings"), so a script can tell the two apart; the stack trace only when asked for.
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, interrupted.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: the commands have removed their temporary files on the way out.
    await Console.Error.WriteLineAsync("bulletin: cancelled.").ConfigureAwait(false);
    return ExitCodes.Cancelled;
}
#pragma warning disable CA1031 // The last line of defence: every failure becomes a message and an exit code.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"bulletin: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
    await Console.Error.WriteLineAsync(parsed.GetValue(verbose)
        ? e.ToString()
        : "Run again with --verbose for the stack trace, and report it with the input that caused it.").ConfigureAwait(false);
    return ExitCodes.InternalError;
}

/// <summary>The tool's entry point.</summary>
internal static partial class Program
{
    // Wide enough for any table row the tool prints; Spectre.Console needs a number, not "unbounded".
    private const int UnwrappedWidth = 1 << 16;
}
