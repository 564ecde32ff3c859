// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.CommandLine;
using Bulletin.Cli;

var root = new RootCommand("Parse, inspect and archive periodical bulletins.");
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

return await parsed.InvokeAsync().ConfigureAwait(false);
