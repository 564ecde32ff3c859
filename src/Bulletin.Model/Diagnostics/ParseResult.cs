// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// The outcome of a parse: the value, when there is one, and every diagnostic raised on the way.
/// Warnings may come with a value; a result without a value holds at least one error.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ParseResult<T>
    where T : class
{
    private readonly T? _value;

    private ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics.OrEmpty();
    }

    /// <summary>Gets a value indicating whether the parse produced a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => _value is not null;

    /// <summary>Gets the value, or <see langword="null"/> when the parse failed.</summary>
    public T? Value => _value;

    /// <summary>Gets the diagnostics in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The value.</param>
    /// <param name="diagnostics">The warnings and notes raised.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static ParseResult<T> ForValue(T value, ImmutableArray<Diagnostic> diagnostics) =>
        new(Preconditions.CheckNotNull(value), diagnostics);

    /// <summary>Creates a failed result.</summary>
    /// <param name="diagnostics">The diagnostics; at least one must be an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> holds no error.</exception>
    public static ParseResult<T> ForFailure(ImmutableArray<Diagnostic> diagnostics)
    {
        Preconditions.CheckArgument(
            !diagnostics.IsDefaultOrEmpty && System.Linq.Enumerable.Any(diagnostics, static d => d.Severity == DiagnosticSeverity.Error),
            nameof(diagnostics),
            "A failed result needs at least one error.");
        return new(null, diagnostics);
    }

    /// <summary>Gets the value, or throws when the parse failed.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="BulletinFormatException">The parse produced no value.</exception>
    public T GetValueOrThrow() => _value ?? throw new BulletinFormatException(Diagnostics);

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value, when the parse succeeded.</param>
    /// <returns><see langword="true"/> when the parse succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return value is not null;
    }

    /// <summary>Converts the value of a successful result, keeping the diagnostics.</summary>
    /// <typeparam name="TTarget">The type converted to.</typeparam>
    /// <param name="converter">The conversion.</param>
    /// <returns>A result holding the converted value, or the same failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is <see langword="null"/>.</exception>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> converter)
        where TTarget : class
    {
        Preconditions.CheckNotNull(converter);
        return _value is null
            ? ParseResult<TTarget>.ForFailure(Diagnostics)
            : ParseResult<TTarget>.ForValue(converter(_value), Diagnostics);
    }
}
