// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

// Locals are not zeroed on entry: the scanner's methods carry large frames (number tokens of several decimals) and
// run once per number, and every local is assigned before it is read, as C# requires; stack buffers are cleared
// where they are counted into.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
