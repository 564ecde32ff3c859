// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Analytics;

/// <summary>The file formats an export writes.</summary>
public enum ExportFormat
{
    /// <summary>
    /// Apache Parquet: typed columns (decimals, dates, integers, strings), compressed (Snappy unless changed), row groups of
    /// <see cref="ArchiveExportOptions.RowGroupSize"/> rows. Read natively by DuckDB, Spark, Polars and pandas.
    /// </summary>
    Parquet,

    /// <summary>JSON Lines: one object per row, numbers as JSON numbers, absent values left out.</summary>
    Jsonl,

    /// <summary>CSV (RFC 4180): a header row, then one row per record; UTF-8 without a byte-order mark, CRLF between rows.</summary>
    Csv,
}
