// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Globalization;
using BenchmarkDotNet.Running;
using Bulletin.Model.Benchmarks;

if (args is ["--live-memory", var format, var count])
{
    await ExportLiveMemory.RunAsync(format, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
