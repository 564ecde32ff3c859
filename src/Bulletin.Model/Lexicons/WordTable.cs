// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// A lexicon of words with a payload each, matched against folded source text forwards (the longest word
/// starting at a position) or backwards (the longest word ending at a position). Words are indexed by their
/// first and last characters so that a look-up touches only the few words that can match. Words listed as not
/// being entries (起降 for a table of verbs of decline that holds 降) stop a match where they are the longest word.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<char, (string Word, T Value, bool NotAWord)[]> _byFirst;
    private readonly FrozenDictionary<char, (string Word, T Value, bool NotAWord)[]> _byLast;
    private readonly CharFilter _firsts;
    private readonly CharFilter _lasts;

    internal WordTable(IEnumerable<(string Word, T Value)> entries, IEnumerable<string>? notWords = null)
    {
        var list = entries.Where(e => e.Word.Length > 0).Select(e => (e.Word, e.Value, NotAWord: false))
            .Concat((notWords ?? []).Where(w => w.Length > 0).Select(w => (Word: w, Value: default(T)!, NotAWord: true)))
            .ToList();
        _byFirst = list.GroupBy(e => e.Word[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());
        _byLast = list.GroupBy(e => e.Word[^1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());
        _firsts = CharFilter.Of(_byFirst.Keys);
        _lasts = CharFilter.Of(_byLast.Keys);
        Starts = CharFold.UnfoldedSet(_byFirst.Keys);
        Ends = CharFold.UnfoldedSet(_byLast.Keys);
    }

    /// <summary>Finds the longest word that starts at <paramref name="position"/> and ends before <paramref name="limit"/>.</summary>
    internal bool MatchAt(ReadOnlySpan<char> source, int position, int limit, out string word, out T value)
    {
        word = string.Empty;
        value = default!;
        if (position >= limit)
        {
            return false;
        }

        var first = CharFold.Fold(source[position]);
        if (!_firsts.MayContain(first) || !_byFirst.TryGetValue(first, out var candidates))
        {
            return false;
        }

        foreach (var (w, v, notAWord) in candidates)
        {
            if (position + w.Length <= limit && Equal(source, position, w))
            {
                word = notAWord ? string.Empty : w;
                value = v;
                return !notAWord;
            }
        }

        return false;
    }

    /// <summary>Finds the longest word that ends just before <paramref name="end"/> and starts at or after <paramref name="floor"/>.</summary>
    internal bool MatchBefore(ReadOnlySpan<char> source, int end, int floor, out string word, out T value)
    {
        word = string.Empty;
        value = default!;
        if (end <= floor)
        {
            return false;
        }

        var last = CharFold.Fold(source[end - 1]);
        if (!_lasts.MayContain(last) || !_byLast.TryGetValue(last, out var candidates))
        {
            return false;
        }

        foreach (var (w, v, notAWord) in candidates)
        {
            if (end - w.Length >= floor && Equal(source, end - w.Length, w))
            {
                word = notAWord ? string.Empty : w;
                value = v;
                return !notAWord;
            }
        }

        return false;
    }

    /// <summary>Gets the characters the table's words end with (folded), for a filter before <see cref="MatchBefore"/>.</summary>
    internal IEnumerable<char> LastCharacters => _byLast.Keys;

    /// <summary>Gets every character a word of the table can end with, unfolded, for a vectorized search backwards.</summary>
    internal SearchValues<char> Ends { get; }

    /// <summary>
    /// Gets every character a word of the table can start with, unfolded (Traditional and full-width forms too): a
    /// search for a word jumps from one such character to the next instead of looking up every character.
    /// </summary>
    internal SearchValues<char> Starts { get; }

    /// <summary>Whether any word of the table stands anywhere in the text.</summary>
    internal bool OccursIn(ReadOnlySpan<char> source, int start, int end) => FirstIn(source, start, end, out _, out _);

    /// <summary>Finds the first word of the table in the text, the longest where several start at one place.</summary>
    internal bool FirstIn(ReadOnlySpan<char> source, int start, int end, out string word, out T value)
    {
        var k = start;
        while (k < end)
        {
            k = CharFold.NextIn(source, k, end, Starts);
            if (k < 0)
            {
                break;
            }

            if (MatchAt(source, k, end, out word, out value))
            {
                return true;
            }

            k++;
        }

        word = string.Empty;
        value = default!;
        return false;
    }

    internal bool ContainsWordAt(ReadOnlySpan<char> source, int position, int limit) => MatchAt(source, position, limit, out _, out _);

    private static bool Equal(ReadOnlySpan<char> source, int position, string word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (CharFold.Fold(source[position + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
