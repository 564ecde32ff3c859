// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Parses a document into a <see cref="BulletinIssue"/> and its diagnostics. Create one (or use
/// <see cref="Default"/>) and reuse it: it holds no state between parses.
/// </summary>
/// <remarks>
/// Parsing a string never throws for anything the string holds; problems in the text are diagnostics.
/// Only programmer errors, such as a <see langword="null"/> argument, throw.
/// </remarks>
/// <threadsafety>This type is immutable; one instance may serve any number of threads at once.</threadsafety>
public sealed class BulletinParser
{
    private BulletinParser(BulletinParserOptions options) => Options = options;

    /// <summary>Gets a parser with the default options.</summary>
    public static BulletinParser Default { get; } = new(BulletinParserOptions.Default);

    /// <summary>Gets the options this parser uses.</summary>
    public BulletinParserOptions Options { get; }

    /// <summary>Creates a parser with the options given.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The parser.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static BulletinParser Create(BulletinParserOptions options) => new(Preconditions.CheckNotNull(options));

    /// <summary>Parses a document's text.</summary>
    /// <param name="text">The text, without a byte-order mark.</param>
    /// <returns>The issue and the diagnostics; a failed result when the text is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ParseResult<BulletinIssue> Parse(string text) => Parse(Preconditions.CheckNotNull(text), []);

    /// <summary>Parses a document's text.</summary>
    /// <param name="text">The text, without a byte-order mark.</param>
    /// <returns>The issue and the diagnostics; a failed result when the text is empty.</returns>
    public ParseResult<BulletinIssue> Parse(ReadOnlySpan<char> text) => Parse(text.ToString(), []);

    /// <summary>Parses a document from its bytes, detecting their encoding.</summary>
    /// <param name="bytes">The bytes: UTF-8 with or without a byte-order mark, UTF-16 or GB18030.</param>
    /// <returns>The issue and the diagnostics.</returns>
    /// <remarks>The issue's <see cref="BulletinIssue.Source"/> records the SHA-256 and length of the bytes.</remarks>
    public ParseResult<BulletinIssue> Parse(ReadOnlySpan<byte> bytes) => Parse(bytes, fileName: null);

    private ParseResult<BulletinIssue> Parse(ReadOnlySpan<byte> bytes, string? fileName)
    {
        var decoded = TextDecoder.Decode(bytes);
        var result = Parse(decoded.Text, decoded.Diagnostics);
        if (result.Value is not { } issue)
        {
            return result;
        }

        var source = new DocumentSource(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
        return ParseResult<BulletinIssue>.ForValue(issue.WithSource(source), result.Diagnostics);
    }

    /// <summary>Reads and parses a file, detecting its encoding.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The issue and the diagnostics; a failed result with <see cref="DiagnosticIds.UnreadableFile"/> when the file cannot be read.</returns>
    /// <remarks>The issue's <see cref="BulletinIssue.Source"/> records the file's name, SHA-256 and length.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public async Task<ParseResult<BulletinIssue>> ParseFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(ex);
        }

        return Parse(bytes, Path.GetFileName(path));
    }

    /// <summary>Reads a document from a stream to its end and parses it, detecting its encoding; blocks while it reads.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <returns>The issue and the diagnostics; a failed result with <see cref="DiagnosticIds.UnreadableFile"/> when the stream cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public ParseResult<BulletinIssue> Parse(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        StreamContent content;
        try
        {
            content = StreamContent.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return Unreadable(ex);
        }

        using (content)
        {
            return Parse(content.Bytes, fileName: null);
        }
    }

    /// <summary>Reads a document from a stream to its end and parses it, detecting its encoding.</summary>
    /// <param name="stream">The stream: a file, a network response, a zip entry; read to its end, left open.</param>
    /// <param name="fileName">The name to record in <see cref="BulletinIssue.Source"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The issue and the diagnostics; a failed result with <see cref="DiagnosticIds.UnreadableFile"/> when the stream cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ParseResult<BulletinIssue>> ParseAsync(Stream stream, string? fileName, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream);
        StreamContent content;
        try
        {
            content = await StreamContent.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return Unreadable(ex);
        }

        using (content)
        {
            return Parse(content.Bytes, fileName);
        }
    }

    /// <summary>Reads a document from a stream to its end and parses it, detecting its encoding.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The issue and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public Task<ParseResult<BulletinIssue>> ParseAsync(Stream stream, CancellationToken cancellationToken) => ParseAsync(stream, null, cancellationToken);

    /// <summary>Reads a document from a stream to its end and parses it, detecting its encoding.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <returns>The issue and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public Task<ParseResult<BulletinIssue>> ParseAsync(Stream stream) => ParseAsync(stream, null, CancellationToken.None);

    private static ParseResult<BulletinIssue> Unreadable(Exception ex) =>
        ParseResult<BulletinIssue>.ForFailure([DiagnosticFactory.Create(DiagnosticIds.UnreadableFile, DiagnosticSeverity.Error, default, ex.Message)]);

    /// <summary>Parses text, returning only whether it gave an issue.</summary>
    /// <param name="text">The text.</param>
    /// <param name="issue">The issue, when there is one.</param>
    /// <returns><see langword="true"/> when the text gave an issue.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BulletinIssue? issue)
    {
        issue = text is null ? null : Default.Parse(text).Value;
        return issue is not null;
    }

    private ParseResult<BulletinIssue> Parse(string text, IReadOnlyList<Diagnostic> decoding)
    {
        var originalLength = text.Length;
        if (text.Length > Options.MaxInputLength)
        {
            text = text[..Options.MaxInputLength];
        }

        text = InputSanitizer.Sanitize(text, out var controlCount, out var loneSurrogates);
        var context = new ParseContext(text, Options);
        foreach (var diagnostic in decoding)
        {
            context.Report(diagnostic);
        }

        if (originalLength > text.Length)
        {
            context.Report(DiagnosticIds.InputTooLong, DiagnosticSeverity.Warning, default, originalLength, Options.MaxInputLength);
        }

        if (controlCount > 0)
        {
            context.Report(DiagnosticIds.BinaryContent, DiagnosticSeverity.Warning, default, controlCount);
        }

        if (loneSurrogates > 0)
        {
            context.Report(DiagnosticIds.LoneSurrogate, DiagnosticSeverity.Warning, default, loneSurrogates);
        }

        if (TextScan.IsBlank(text))
        {
            context.Report(DiagnosticIds.EmptyInput, DiagnosticSeverity.Error, default);
            return ParseResult<BulletinIssue>.ForFailure(context.Diagnostics());
        }

        List<RawBlock>? blocks = null;
        if (ReadsAsMarkdown(text))
        {
            blocks = MarkdownBlockReader.Read(text, Options.MaxNestingDepth);
            if (blocks is null)
            {
                context.Report(DiagnosticIds.MarkdownTooDeep, DiagnosticSeverity.Warning, default, "Markdig's depth limit");
            }
        }

        blocks ??= PlainLineBlockReader.Read(text);
        if (FrontMatter.TryRead(text) is { } front)
        {
            // Metadata, never body: the blocks a reader made of it go (a block that runs past it stays whole).
            context.FrontMatter = front;
            blocks.RemoveAll(b => b.Start < front.End && b.End <= front.End + 1);
        }

        TableRecognizer.Recognize(blocks, text);
        BlockRepairer.Repair(blocks, context);
        var issue = new LayoutBuilder(blocks, context).Build();
        return ParseResult<BulletinIssue>.ForValue(issue, context.Diagnostics());
    }

    private bool ReadsAsMarkdown(string text) => Options.Markdown switch
    {
        MarkdownMode.Markdown => true,
        MarkdownMode.Lines => false,
        _ => LayoutSniffer.SeparatesParagraphsWithBlankLines(text),
    };
}
