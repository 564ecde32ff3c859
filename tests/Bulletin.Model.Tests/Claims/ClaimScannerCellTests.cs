// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using CsCheck;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// The scanner passes a number that stands alone in a table cell without reading it. That is only right if reading
/// it would have refused it: these tests hold the shortcut to the reader's own answer.
/// </summary>
public sealed class ClaimScannerCellTests
{
    // Words that could make a number a figure if the reader saw them next to it: units, magnitudes, vague words,
    // range connectors, joiners with a measure word, counted-noun copulas, quote verbs, math, signs and breaks.
    private static readonly string[] s_around =
    [
        "", " ", "  ", "万", "亿元", "%", "％", "多", "余", "至", "到", "-", "~", "和", "和60次", "次", "元", "美元", "年", "月", "日",
        "数为", "企业数为", "报", "中间价报", "人民币兑美元中间价报", "$", "\\%", "\n", "\n万元", "\t", "\t万", "比", "比1.2", ":", "：",
        "/", "/3", "倍", "成", "个", "家", "km", "GW", "同比增长", "占", "超", "约", "近", "第", "No.", "|", "｜", "| ", " |", "表",
    ];

    private static readonly Gen<string> s_word = Gen.Int[0, s_around.Length - 1].Select(i => s_around[i]);

    private static readonly Gen<string> s_context = s_word.Array[0, 3].Select(words => string.Concat(words));

    // The number's own characters: digits with points and separators in any order, as a cell may hold them.
    private static readonly Gen<string> s_numberRun =
        Gen.Int[0, 11].Select(i => "0123456789.,"[i]).Array[1, 8].Select(c => new string(c))
            .Where(run => char.IsAsciiDigit(run[0]));

    private static readonly Gen<string> s_spaces = Gen.Int[0, 3].Select(n => new string(' ', n));

    // What stands between the number and a rule: mostly spaces, sometimes what a shortcut must not pass over.
    private static readonly Gen<string> s_between = Gen.Frequency(
        (6, s_spaces),
        (1, Gen.Int[0, 5].Select(i => new[] { "\t", "\n", " \n", "\u3000", "万", "%" }[i])));

    private static readonly Gen<string> s_sign = Gen.Int[0, 3].Select(i => new[] { "", "-", "−", "+" }[i]);

    [Fact]
    public void IsAloneInCell_OnlyWhereTheReaderRefusesTheNumber()
    {
        var cases =
            from left in s_context
            from rule1 in Gen.Int[0, 1].Select(i => i == 0 ? "|" : "｜")
            from space1 in s_between
            from sign in s_sign
            from run in s_numberRun
            from space2 in s_between
            from rule2 in Gen.Int[0, 1].Select(i => i == 0 ? "|" : "｜")
            from right in s_context
            from rocYears in Gen.Bool
            select (Left: left + rule1 + space1 + sign, Run: run, Right: space2 + rule2 + right, RocYears: rocYears);

        var alone = 0;
        cases.Sample(c =>
        {
            var text = c.Left + c.Run + c.Right;
            var p = c.Left.Length;
            if (!ClaimScanner.IsAloneInCell(text, p, 0, text.Length))
            {
                return true;
            }

            System.Threading.Interlocked.Increment(ref alone);
            ClaimDraft? spare = null;
            return !ClaimScanner.TryReadClaimChecked(text, p, 0, text.Length, c.RocYears, text.Contains('$'), ref spare, out _, out _);
        }, iter: 20_000, threads: 1);

        // Most cases stand between rules with spaces only: the property is about the shortcut, not vacuous.
        Assert.True(alone > 10_000, $"only {alone} cases were alone in their cell");
    }

    [Fact]
    public void IsAloneInCell_AnyFloorAndLimit_StillOnlyWhereTheReaderRefuses()
    {
        var cases =
            from left in s_context
            from run in s_numberRun
            from right in s_context
            from between in s_spaces
            from floorCut in Gen.Int[0, 100]
            from limitCut in Gen.Int[0, 100]
            select (Text: left + "|" + between + run + between + "|" + right, P: left.Length + 1 + between.Length, FloorCut: floorCut, LimitCut: limitCut);

        var alone = 0;
        cases.Sample(c =>
        {
            var floor = c.FloorCut * c.P / 100;
            var limit = c.P + 1 + (c.LimitCut * (c.Text.Length - c.P - 1) / 100);
            if (!ClaimScanner.IsAloneInCell(c.Text, c.P, floor, limit))
            {
                return true;
            }

            System.Threading.Interlocked.Increment(ref alone);
            ClaimDraft? spare = null;
            return !ClaimScanner.TryReadClaimChecked(c.Text, c.P, floor, limit, rocYears: false, c.Text.Contains('$'), ref spare, out _, out _);
        }, iter: 20_000, threads: 1);

        // Cuts that leave both rules inside the stretch still take the shortcut: the property is not vacuous.
        Assert.True(alone > 1_000, $"only {alone} cases were alone in their cell");
    }

    [Theory]
    [InlineData("| 2291.6 |", true)]
    [InlineData("| -26.3 | 5.7", true)]
    [InlineData("|1,234|", true)]
    [InlineData("｜ 12 ｜", true)]
    [InlineData("| 12 万 |", false)]
    [InlineData("| 12% |", false)]
    [InlineData("| 12\t|", false)]
    [InlineData("| 12\n|", false)]
    [InlineData("| 2/3 |", false)]
    [InlineData("增长 12 |", false)]
    [InlineData("| 12 ", false)]
    public void IsAloneInCell_ReadsTheCellAroundTheNumber(string text, bool alone)
    {
        var p = text.AsSpan().IndexOfAny("0123456789");

        Assert.Equal(alone, ClaimScanner.IsAloneInCell(text, p, 0, text.Length));
    }
}
