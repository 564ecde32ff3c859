// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;

namespace Bulletin.Model.Tests.Fuzz;

/// <summary>
/// How many generated inputs a fuzz test tries: a bounded default in <c>dotnet test</c>, scaled up by
/// <c>BULLETIN_FUZZ_SCALE</c> (eng/fuzz.sh sets 50) for a long run.
/// </summary>
internal static class FuzzIterations
{
    internal static int Of(int iterations) => checked(iterations * Scale);

    /// <summary>Whether this is the long run of <c>eng/fuzz.sh</c>, where a slow input fails its test.</summary>
    internal static bool IsLongRun => Scale > 1;

    private static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("BULLETIN_FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 1
            ? scale
            : 1;
}
