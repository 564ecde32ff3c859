// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.CommandLine;
using Bulletin.Cli;

var root = new RootCommand("Parse, inspect and archive periodical bulletins.");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ArchiveCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
