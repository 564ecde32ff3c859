// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>
/// The stable ids of the diagnostics the parser and the archive reader report. Parse problems are <c>BLT1xxx</c>;
/// validation rules use <c>BLT2xxx</c> (issue rules <c>BLT20xx</c>/<c>BLT21xx</c>, cross-issue rules
/// <c>BLT22xx</c>); archive problems are <c>BLT3xxx</c>. An id never changes meaning once shipped.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The input was empty or held only white space.</summary>
    public const string EmptyInput = "BLT1001";

    /// <summary>The input's bytes were not valid in the encoding detected; bad bytes were replaced.</summary>
    public const string InvalidEncoding = "BLT1002";

    /// <summary>The input held control characters or binary data, which were ignored.</summary>
    public const string BinaryContent = "BLT1003";

    /// <summary>The input was longer than the configured limit and was cut.</summary>
    public const string InputTooLong = "BLT1004";

    /// <summary>A paragraph split by a page break was joined with its continuation.</summary>
    public const string JoinedPageBreak = "BLT1005";

    /// <summary>The document begins in the middle of a sentence: its start is missing.</summary>
    public const string TruncatedStart = "BLT1006";

    /// <summary>A paragraph is printed twice, wholly or as a fragment of an earlier one.</summary>
    public const string DuplicateParagraph = "BLT1007";

    /// <summary>A contents entry was found that no article or section in the body matches.</summary>
    public const string UnmatchedContentsEntry = "BLT1008";

    /// <summary>The document ends in the middle of a sentence.</summary>
    public const string TruncatedEnd = "BLT1009";

    /// <summary>A line was too long to analyse and was kept as plain text.</summary>
    public const string LineTooLong = "BLT1010";

    /// <summary>The document had more blocks than the configured limit; the rest was kept as plain text.</summary>
    public const string TooManyBlocks = "BLT1011";

    /// <summary>The file could not be read.</summary>
    public const string UnreadableFile = "BLT1012";

    /// <summary>The Markdown was nested deeper than the reader can follow; the text was read line by line instead.</summary>
    public const string MarkdownTooDeep = "BLT1013";

    /// <summary>The text held halves of surrogate pairs without their other half; each was replaced with U+FFFD.</summary>
    public const string LoneSurrogate = "BLT1014";

    /// <summary>A file of an archive could not be read (BLT3001).</summary>
    public const string UnreadableArchiveEntry = "BLT3001";

    /// <summary>A file of an archive is not an archived issue, or was written by a newer schema version (BLT3002).</summary>
    public const string DamagedArchiveEntry = "BLT3002";

    /// <summary>The archive itself (a <c>.zip</c>) could not be opened (BLT3003).</summary>
    public const string UnreadableArchive = "BLT3003";
}
