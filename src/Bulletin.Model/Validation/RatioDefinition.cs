// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation;

/// <summary>
/// A ratio as a document defines it (<c>资本利润率=净利润÷平均资本×100%</c>): its name, the two terms and the factor
/// the quotient is multiplied by. Only a quotient of two named terms is a definition here; a formula with sums,
/// brackets or several divisions (<c>=（销售费用+管理费用）÷营业收入×100</c>) is not read.
/// </summary>
internal sealed record RatioDefinition(string Name, string Numerator, string Denominator, decimal Factor)
{
    // The shipped definitions, read once.
    private static readonly RatioDefinition[] s_shipped = ReadShipped();

    /// <summary>The definitions the articles state in their text, then the shipped ones for names they do not define.</summary>
    internal static ImmutableArray<RatioDefinition> Of(IReadOnlyList<Article> articles)
    {
        var found = new List<RatioDefinition>();
        foreach (var article in articles)
        {
            foreach (var block in article.Blocks)
            {
                Collect(block.Text, found);
                foreach (var item in block.Items)
                {
                    Collect(item, found);
                }
            }
        }

        var stated = found.Count;
        foreach (var shipped in s_shipped)
        {
            if (!Defines(found, stated, shipped.Name))
            {
                found.Add(shipped);
            }
        }

        return [.. found];
    }

    /// <summary>Reads one definition from a line (<c>3、资本利润率=净利润÷平均资本×100%，单位：%。</c>).</summary>
    internal static bool TryRead(ReadOnlySpan<char> line, out RatioDefinition definition)
    {
        definition = null!;
        var equals = line.IndexOfAny('=', '＝');
        if (equals <= 0)
        {
            return false;
        }

        var name = Term(line[..equals], leading: true);
        var right = line[(equals + 1)..];
        var end = right.IndexOfAny("，。；;,\n");
        right = (end < 0 ? right : right[..end]).Trim();
        var divide = right.IndexOfAny('÷', '/');
        if (name.IsEmpty || divide <= 0 || right[(divide + 1)..].IndexOfAny('÷', '/') >= 0)
        {
            return false;
        }

        var times = right.IndexOf('×');
        if (times >= 0 && times < divide)
        {
            return false;
        }

        var numerator = Term(right[..divide], leading: false);
        var denominator = Term(times < 0 ? right[(divide + 1)..] : right[(divide + 1)..times], leading: false);
        var factor = times < 0 ? "" : right[(times + 1)..].Trim();
        var scale = factor switch
        {
            "" => 1m,
            "100%" or "100％" or "100" => 100m,
            _ => 0m,
        };

        if (numerator.IsEmpty || denominator.IsEmpty || scale == 0m)
        {
            return false;
        }

        definition = new RatioDefinition(name.ToString(), numerator.ToString(), denominator.ToString(), scale);
        return true;
    }

    // Whether one of the first definitions, those the document states, gives the name.
    private static bool Defines(List<RatioDefinition> found, int stated, string name)
    {
        for (var k = 0; k < stated; k++)
        {
            if (found[k].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static RatioDefinition[] ReadShipped()
    {
        var shipped = new List<RatioDefinition>();
        foreach (var line in RatioLexicon.Definitions)
        {
            if (TryRead(line, out var definition))
            {
                shipped.Add(definition);
            }
        }

        return [.. shipped];
    }

    private static void Collect(string text, List<RatioDefinition> found)
    {
        // A definition holds an equals sign and a division sign: a block without both has none.
        if (text.AsSpan().IndexOfAny('÷', '/') < 0 || text.AsSpan().IndexOfAny('=', '＝') < 0)
        {
            return;
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (TryRead(line, out var definition) && !found.Contains(definition))
            {
                found.Add(definition);
            }
        }
    }

    // A term is a name in words of two characters or more; a definition's name may follow its note number (9、).
    private static ReadOnlySpan<char> Term(ReadOnlySpan<char> text, bool leading)
    {
        var term = text.Trim();
        if (leading)
        {
            var k = 0;
            while (k < term.Length && (char.IsAsciiDigit(term[k]) || term[k] is '、' or '.' or '．' or ' ' or '（' or '）' or '(' or ')'))
            {
                k++;
            }

            term = term[k..].Trim();
        }

        if (term.Length < 2)
        {
            return default;
        }

        foreach (var c in term)
        {
            if (!TextScan.IsCjk(c))
            {
                return default;
            }
        }

        return term;
    }
}
