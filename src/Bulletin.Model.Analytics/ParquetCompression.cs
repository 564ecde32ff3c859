// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Analytics;

/// <summary>How a Parquet export compresses its column pages. Every engine that reads Parquet reads all four.</summary>
public enum ParquetCompression
{
    /// <summary>Snappy: fast to write and read; Spark's default.</summary>
    Snappy,

    /// <summary>Zstandard at its fastest level: smaller files than Snappy, written a little slower.</summary>
    Zstd,

    /// <summary>Gzip at its fastest level: the most widely read, the slowest.</summary>
    Gzip,

    /// <summary>No compression.</summary>
    None,
}
