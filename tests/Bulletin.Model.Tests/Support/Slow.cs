// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// The trait that marks a test taking a second or more on two cores (the whole suite takes about 25 s), so that a quick
/// loop can leave them out: <c>dotnet test --filter Category!=Slow</c>.
/// </summary>
internal static class Slow
{
    internal const string Category = "Category";

    internal const string Value = "Slow";
}
