// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>A table: its columns, and the rows one issue gives.</summary>
internal abstract class ExportTableDefinition<TRow>
    where TRow : IIssueRow
{
    protected ExportTableDefinition(IEnumerable<Column<TRow>> own) => Columns = [.. IssueColumns(), .. own];

    internal ImmutableArray<Column<TRow>> Columns { get; }

    internal abstract IEnumerable<TRow> Rows(IssueContext issue);

    // Where the row stands: the same leading columns in every table, so that a row of any file joins the others on
    // (file) or (publication, year, number) without a lookup.
    private static IEnumerable<Column<TRow>> IssueColumns() =>
    [
        Column.String<TRow>("file", "The archive entry the issue was read from.", r => r.Context.File),
        Column.String<TRow>("publication", "The periodical's name, as the masthead gives it.", r => r.Context.Issue.Publication.Name),
        Column.Int32<TRow>("year", "The issue's year (2024 年第 7 期 gives 2024).", r => r.Context.Issue.Year),
        Column.Int32<TRow>("number", "The issue's number within its year.", r => r.Context.Issue.Number),
        Column.Int32<TRow>("cumulativeNumber", "The cumulative number (总第 33 期).", r => r.Context.Issue.CumulativeNumber),
        Column.Date<TRow>("publishedOn", "The publication date on the masthead.", r => r.Context.Issue.PublishedOn),
    ];
}
