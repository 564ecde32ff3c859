// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// Where an archived issue came from: the source file's name, the SHA-256 of its bytes and their number, so a
/// reader years later can tell which file gave the issue and whether that file has changed since.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="FileName">The source file's name without its folder, when the issue was read from a file.</param>
/// <param name="Sha256">The SHA-256 of the source bytes as 64 lowercase hexadecimal digits.</param>
/// <param name="Length">The number of source bytes.</param>
public sealed record DocumentSource(string? FileName, string Sha256, long Length)
{
    /// <summary>Gets the source file's name without its folder, when the issue was read from a file.</summary>
    public string? FileName { get; } = FileName;

    /// <summary>Gets the SHA-256 of the source bytes as 64 lowercase hexadecimal digits.</summary>
    public string Sha256 { get; } = Preconditions.CheckNotNull(Sha256);

    /// <summary>Gets the number of source bytes.</summary>
    public long Length { get; } = Length;
}
