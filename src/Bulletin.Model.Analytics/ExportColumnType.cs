// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Analytics;

/// <summary>The type of an export column, as Parquet stores it.</summary>
public enum ExportColumnType
{
    /// <summary>Text: Parquet <c>BYTE_ARRAY</c> with the <c>STRING</c> annotation.</summary>
    String,

    /// <summary>A 32-bit integer: Parquet <c>INT32</c>.</summary>
    Int32,

    /// <summary>A 64-bit integer: Parquet <c>INT64</c>.</summary>
    Int64,

    /// <summary>
    /// A decimal: Parquet <c>DECIMAL(38, 9)</c>, which holds every integer part a .NET <see cref="decimal"/> can and
    /// nine decimal places.
    /// </summary>
    Decimal,

    /// <summary>A calendar date: Parquet <c>DATE</c>; ISO 8601 (<c>2025-12-31</c>) in JSON Lines and CSV.</summary>
    Date,
}
