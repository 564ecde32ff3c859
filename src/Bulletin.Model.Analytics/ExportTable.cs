// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Analytics;

/// <summary>The tables an archive exports as: one row per claim, per article or per issue.</summary>
public enum ExportTable
{
    /// <summary>One row per quantified claim, with its issue and article.</summary>
    Claims,

    /// <summary>One row per article, with its issue, section and counts.</summary>
    Articles,

    /// <summary>One row per issue, with its masthead, source file and counts.</summary>
    Issues,
}
