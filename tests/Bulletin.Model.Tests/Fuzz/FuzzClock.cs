// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics;

namespace Bulletin.Model.Tests.Fuzz;

/// <summary>
/// The time half of issue 14's fuzz target — no input over 1 s per 100 KB (and none of any size over 1 s). It is
/// a hang guard, not a benchmark, so it is enforced only in the long run (<c>eng/fuzz.sh</c>), where a slow input
/// is a finding; a bounded <c>dotnet test</c> run on a shared machine only reports its slowest input.
/// </summary>
internal sealed class FuzzClock
{
    private const double SecondsPer100K = 1.0;

    // CsCheck samples on several threads at once.
    private readonly object _gate = new();
    private bool _warm;
    private double _worstSecondsPer100K;
    private int _worstLength;

    /// <summary>Runs <paramref name="body"/> on one input of <paramref name="length"/> characters or bytes.</summary>
    internal void Time(int length, Action body)
    {
        var start = Stopwatch.GetTimestamp();
        body();
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        // The first input compiles the code it runs through; timing it would time the JIT.
        // Below 100 KB the budget is the whole second: a per-character rate means nothing for a ten-character input.
        var per100K = seconds * 100_000 / Math.Max(length, 100_000);
        lock (_gate)
        {
            if (!_warm)
            {
                _warm = true;
                return;
            }

            if (per100K > _worstSecondsPer100K)
            {
                _worstSecondsPer100K = per100K;
                _worstLength = length;
            }
        }

        if (FuzzIterations.IsLongRun && per100K > SecondsPer100K)
        {
            throw new TimeoutException($"An input of {length} took {seconds:F2} s, over {SecondsPer100K} s per 100 KB.");
        }
    }

    /// <summary>The slowest input seen, for the test's output.</summary>
    public override string ToString() => $"slowest input: {_worstSecondsPer100K * 1000:F1} ms per 100 KB ({_worstLength} long)";
}
