// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// Tables in the text forms converters write — rows joined by <c> | </c> without a separator row, tabs, HTML — with
/// two-row headers, unit lines and captions. Our own tables; every cell that states a figure is one claim.
/// </summary>
public sealed class TableFormTests
{
    private static string[] TableClaims(string document)
    {
        var issue = BulletinParser.Default.Parse(document).GetValueOrThrow();
        var articles = issue.EnumerateArticles();
        return issue.Claims
            .Where(c => c.BlockIndex is { } b && articles[c.ArticleIndex!.Value].Blocks[b].Kind == BlockKind.Table)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Text} {ClaimLineWriterName(c.Kind)} {c.Value} {c.Unit} {c.Period?.Text ?? "-"} {c.Subject ?? "-"}"))
            .ToArray();
    }

    private static string ClaimLineWriterName(ClaimKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    [Fact]
    public void PipeRowsWithoutSeparator_WithAUnitLine_AreATable()
    {
        const string text = "港口吞吐\n单位：万吨\n项 目 | 1-6月 | 增长（%）\n货物吞吐量 | 5120.4 | 3.6\n　其中：外贸 | 1830.0 | -2.1\n";

        Assert.Equal(
            ["5120.4 physical 51204000 Mass.Tonne 1-6月 货物吞吐量", "3.6 change 3.6 % 1-6月 货物吞吐量 增长",
             "1830.0 physical 18300000 Mass.Tonne 1-6月 外贸", "-2.1 change -2.1 % 1-6月 外贸 增长"],
            TableClaims(text));
    }

    [Fact]
    public void TwoRowHeader_GroupsSpanTheirColumns_AndTheCaptionGivesTheYear()
    {
        const string text = "表3 2024年1-9月分地区进出口\n地区 | 出口 | 进口\n1-9月（万美元） | 增长（%） | 1-9月（万美元） | 增长（%）\n北区 | 4500.5 | 12.0 | 3100.2 | -4.5\n南区 | 800.0 | 3.3 | 650.7 | 1.0\n";

        var claims = TableClaims(text);

        Assert.Equal(8, claims.Length);
        Assert.Equal("4500.5 amount 45005000 USD 2024-01/2024-09 北区 出口", claims[0]);
        Assert.Equal("-4.5 change -4.5 % 2024-01/2024-09 北区 进口 增长", claims[3]);
    }

    [Fact]
    public void SubHeaderGivenOnce_RepeatsUnderEveryGroup()
    {
        const string text = "表1 主要指标\n分组 | 收入 | 成本\n金额 | 增速\n（亿元） | （%）\n合计 | 880.1 | 6.5 | 610.0 | 7.25\n";

        Assert.Equal(
            ["880.1 amount 88010000000 CNY - 合计 收入 金额", "6.5 change 6.5 % - 合计 收入 增速", "610.0 amount 61000000000 CNY - 合计 成本 金额", "7.25 change 7.25 % - 合计 成本 增速"],
            TableClaims(text));
    }

    [Fact]
    public void PerUnitAndDurationColumns_AreRatesAndDurations()
    {
        const string text = "分组 | 人均收入（万元/人） | 周转天数（天）\n全市 | 12.5 | 30.5\n郊县 | 9.0 | 41.0\n";

        Assert.Equal(
            ["12.5 rate 125000 CNY/人 - 全市 人均收入", "30.5 duration 30.5 Duration.Day - 全市 周转天数", "9.0 rate 90000 CNY/人 - 郊县 人均收入", "41.0 duration 41 Duration.Day - 郊县 周转天数"],
            TableClaims(text));
    }

    [Fact]
    public void MonthEndColumns_WithoutAYear_KeepTheirWords()
    {
        const string text = "单位：亿元\n指  标 | 6月末 | 比年初增减\n存款余额 | 310.2 | -4.4\n";

        Assert.Equal(["310.2 amount 31020000000 CNY asof 6月末 存款余额", "-4.4 amount -440000000 CNY 年初/6月末 存款余额 比年初增减"], TableClaims(text));
    }

    [Fact]
    public void ShortUnitRow_EachUnitGoesToTheRunOfColumnsItsNamesAgreeWith()
    {
        // A converter kept one cell of each run of equal units: （%） | （元） | （天） over five named columns.
        const string text = "分组 | 毛利率 | 每百元收入中的成本 | 每百元收入中的费用 | 存货周转天数 | 平均回收期\n（%） | （元） | （天）\n总计 | 6.5 | 82.4 | 7.9 | 18.5 | 51.2\n";

        Assert.Equal(
            ["6.5 percent 6.5 % - 总计 毛利率", "82.4 rate 0.824 CNY/CNY - 总计 每百元收入中的成本", "7.9 rate 0.079 CNY/CNY - 总计 每百元收入中的费用",
             "18.5 duration 18.5 Duration.Day - 总计 存货周转天数", "51.2 duration 51.2 Duration.Day - 总计 平均回收期"],
            TableClaims(text));
    }

    [Fact]
    public void ShortUnitRow_TheNamesCannotPlace_IsNotGuessed()
    {
        // Nothing in 甲 | 乙 | 丙 says which of them is in 元 and which in 天: no unit is given to any.
        const string text = "分组 | 甲 | 乙 | 丙\n（元） | （天）\n总计 | 6.5 | 82.4 | 7.9\n";

        Assert.DoesNotContain(TableClaims(text), c => c.Contains("Duration.Day", StringComparison.Ordinal));
    }

    [Fact]
    public void SinceYearStartColumns_SpanFromJanuaryToTheBalanceBesideThem()
    {
        const string text = "2025年海港金融运行\n单位：亿元\n指  标 | 9月末 | 较年初增加\n贷款余额 | 512.6 | 21.3\n";

        Assert.Equal(["512.6 amount 51260000000 CNY asof 2025-09-30 贷款余额", "21.3 amount 2130000000 CNY 2025-01/2025-09 贷款余额 较年初增加"], TableClaims(text));
    }

    [Fact]
    public void TabSeparatedRows_AreATable()
    {
        const string text = "产品\t产量（万吨）\t增长（%）\n钢材\t125.5\t2.0\n水泥\t88.1\t-6.0\n";

        Assert.Equal(4, TableClaims(text).Length);
    }

    [Theory]
    [InlineData("｜产品｜产量（万吨）｜增长（%）｜\n｜钢材｜125.5｜2.0｜\n｜水泥｜88.1｜-6.0｜\n")]
    [InlineData("产品｜产量（万吨）｜增长（%）\n钢材｜125.5｜2.0\n水泥｜88.1｜-6.0\n")]
    [InlineData("# 产量\n\n｜产品｜产量（万吨）｜增长（%）｜\n｜钢材｜125.5｜2.0｜\n｜水泥｜88.1｜-6.0｜\n")]
    public void RowsRuledWithFullWidthBars_AreATable(string text) =>
        Assert.Equal(
            ["125.5 physical 1255000 Mass.Tonne - 钢材 产量", "2.0 change 2 % - 钢材 增长", "88.1 physical 881000 Mass.Tonne - 水泥 产量", "-6.0 change -6 % - 水泥 增长"],
            TableClaims(text));

    // 指标 | 单位 | 绝对数: each row's unit stands in a column of its own.
    [Fact]
    public void AUnitColumn_GivesEachRowItsUnit()
    {
        const string text = "指标名称 | 单位 | 绝对数 | 比上年增长（%）\n地区生产总值 | 亿元 | 1234.5 | 5.2\n规模以上工业企业 | 个 | 1560 | 2.3\n粮食产量 | 万吨 | 45.6 | -1.2\n";

        Assert.Equal(
            ["1234.5 amount 123450000000 CNY - 地区生产总值", "5.2 change 5.2 % - 地区生产总值 比上年增长", "1560 count 1560 count - 规模以上工业企业",
             "2.3 change 2.3 % - 规模以上工业企业 比上年增长", "45.6 physical 456000 Mass.Tonne - 粮食产量", "-1.2 change -1.2 % - 粮食产量 比上年增长"],
            TableClaims(text));
    }

    // Columns aligned with spaces, as a word processor or a PDF exports a table: between blank lines, a paragraph a
    // line, indented, or with full-width spaces.
    [Theory]
    [InlineData("表1  主要指标\n\n指标名称          单位        绝对数      比上年增长（%）\n地区生产总值      亿元        1234.5      5.2\n  第一产业        亿元          56.7      3.1\n粮食产量          万吨          45.6     -1.2\n\n全年经济平稳。\n")]
    [InlineData("表1  主要指标\n指标名称          单位        绝对数      比上年增长（%）\n地区生产总值      亿元        1234.5      5.2\n  第一产业        亿元          56.7      3.1\n粮食产量          万吨          45.6     -1.2\n全年经济平稳。\n")]
    [InlineData("表1　主要指标\n\n指标名称　　单位　　绝对数　　比上年增长（%）\n地区生产总值　　亿元　　1234.5　　5.2\n第一产业　　亿元　　56.7　　3.1\n粮食产量　　万吨　　45.6　　-1.2\n")]
    public void ColumnsAlignedWithSpaces_AreATable(string text) =>
        Assert.Equal(
            ["1234.5 amount 123450000000 CNY - 地区生产总值", "5.2 change 5.2 % - 地区生产总值 比上年增长", "56.7 amount 5670000000 CNY - 第一产业",
             "3.1 change 3.1 % - 第一产业 比上年增长", "45.6 physical 456000 Mass.Tonne - 粮食产量", "-1.2 change -1.2 % - 粮食产量 比上年增长"],
            TableClaims(text));

    // Lines with wide gaps that are no table: a contents with page numbers (no header, one figure a line), prose.
    [Theory]
    [InlineData("第一章  总则          1\n第二章  园区招商      3\n第三章  附则          7\n")]
    [InlineData("全市经济运行平稳。  工业生产稳中有升，  消费市场持续恢复。\n下半年将继续抓好落实。  重点推进  三项工作。\n")]
    [InlineData("甲  乙  丙\n丁  戊  己\n")]
    public void WideGapsWithoutATablesSigns_AreNoTable(string text) =>
        Assert.DoesNotContain(BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks), b => b.Kind == BlockKind.Table);

    // A percent sign closes a header with no brackets as well as inside them; the kind still comes from the words.
    [Theory]
    [InlineData("增减%", "4.4 change 4.4 %")]
    [InlineData("比上年增长％", "4.4 change 4.4 %")]
    [InlineData("同比±％", "4.4 change 4.4 %")]
    [InlineData("占全省比重%", "4.4 share 4.4 %")]
    [InlineData("完成率 %", "4.4 percent 4.4 %")]
    public void PercentColumns_WithoutBrackets_ArePercentages(string header, string expected)
    {
        var text = $"单位：亿元\n项目 | 2025年 | {header}\n税收收入 | 856 | 4.4\n规费收入 | 47 | 1.2\n";

        var claims = TableClaims(text);

        Assert.StartsWith("856 amount 85600000000 CNY 2025", claims[0], StringComparison.Ordinal);
        Assert.StartsWith(expected, claims[1], StringComparison.Ordinal);
    }

    // 新台币亿元, 人民币万元: the currency named before the magnitude is the cells' currency.
    [Theory]
    [InlineData("单位：新台币亿元", "820 amount 82000000000 TWD")]
    [InlineData("單位：新臺幣億元", "820 amount 82000000000 TWD")]
    [InlineData("单位：人民币万元", "820 amount 8200000 CNY")]
    [InlineData("单位：港币亿元", "820 amount 82000000000 HKD")]
    [InlineData("单位：万美元", "820 amount 8200000 USD")]
    public void UnitLines_NamingTheCurrencyFirst_GiveItsAmounts(string unitLine, string expected)
    {
        var claims = TableClaims($"{unitLine}\n项目 | 2024年 | 2025年\n税收收入 | 820 | 856\n规费收入 | 45 | 47\n");

        Assert.StartsWith(expected, claims[0], StringComparison.Ordinal);
    }

    // In a document that counts years from 1912, a header's 112年度 is 2023, as the same words in its prose are.
    [Fact]
    public void HeaderYears_OfADocumentCountingFrom1912_AreItsYears()
    {
        const string text = "海港市政府公報\n\n中華民國113年3月15日\n\n本市113年度歲入預算編列新臺幣903億元。\n\n單位：新臺幣億元\n\n項目 | 112年度 | 113年度\n稅課收入 | 820 | 856\n規費收入 | 45 | 47\n";

        Assert.Equal(
            ["820 amount 82000000000 TWD 2023 稅課收入", "856 amount 85600000000 TWD 2024 稅課收入", "45 amount 4500000000 TWD 2023 規費收入", "47 amount 4700000000 TWD 2024 規費收入"],
            TableClaims(text));
    }

    [Fact]
    public void HtmlTableInMarkdown_WithColspan_IsATable()
    {
        const string text = """
            # 季度数据

            <table>
            <tr><th>地区</th><th colspan="2">产值（亿元）</th></tr>
            <tr><td>东区</td><td>12.5</td><td>13.0</td></tr>
            <tr><td>西区</td><td>7.25</td><td>8.0</td></tr>
            </table>

            以上为初步统计。
            """;

        var claims = TableClaims(text);

        Assert.Equal(4, claims.Length);
        Assert.StartsWith("12.5 amount 1250000000 CNY", claims[0], StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlTableWrappedInPageTags_IsATable()
    {
        const string text = "# 测试\n\n<html><body><div><table><tr><td>方法</td><td>甲</td><td>乙</td></tr>" +
            "<tr><td>产值（亿元）</td><td>3.5</td><td>4.25</td></tr></table></div></body></html>\n\n完。\n";

        Assert.Equal(["3.5 amount 350000000 CNY - 产值 甲", "4.25 amount 425000000 CNY - 产值 乙"], TableClaims(text));
    }

    [Fact]
    public void PageTagsAroundSomethingElse_AreNotATable()
    {
        const string text = "# 测试\n\n<html><body><p>产值 3.5 亿元</p><table><tr><td>甲</td><td>1.5</td></tr></table></body></html>\n";

        Assert.Empty(TableClaims(text));
    }

    [Theory]
    [InlineData("耗时(s) | 1.2 | 3.45", "1.2 duration 1.2 Duration.Second - 耗时 甲组", "3.45 duration 3.45 Duration.Second - 耗时 乙组")]
    [InlineData("用时（min） | 15 | 20", "15 duration 15 Duration.Minute - 用时 甲组", "20 duration 20 Duration.Minute - 用时 乙组")]
    [InlineData("出口（亿元） | 1.5 | 2", "1.5 amount 150000000 CNY - 出口 甲组", "2 amount 200000000 CNY - 出口 乙组")]
    [InlineData("企业数 | 12 | 30", "12 count 12 count - 企业数 甲组", "30 count 30 count - 企业数 乙组")]
    [InlineData("样本个数 | 400 | 380", "400 count 400 count - 样本个数 甲组", "380 count 380 count - 样本个数 乙组")]
    public void RowsThatAreIndicators_TakeTheUnitFromTheirLabel(string row, string first, string second)
    {
        var text = "指标 | 甲组 | 乙组\n" + row + "\n";

        Assert.Equal([first, second], TableClaims(text));
    }

    [Fact]
    public void ACountingRow_NamesTheThingsItCounts()
    {
        var issue = BulletinParser.Default.Parse("指标 | 甲组 | 乙组\n参赛队伍数 | 12 | 30\n").GetValueOrThrow();

        Assert.Equal(["参赛队伍", "参赛队伍"], issue.Claims.Select(c => c.Measure));
    }

    [Theory]
    [InlineData("相关系数 | 12 | 30")]
    [InlineData("企业数 | 1.5 | 3.25")]
    [InlineData("耗时s | 1.2 | 3.4")]
    public void RowLabelsThatNameNoUnit_GiveNoFigure(string row)
    {
        var text = "指标 | 甲组 | 乙组\n" + row + "\n";

        Assert.Empty(TableClaims(text));
    }

    [Fact]
    public void AColumnsOwnUnit_ComesBeforeTheRowLabels()
    {
        const string text = "地区 | 产量（万吨） | 增长（%）\n耗时(s) | 3.5 | 1.2\n";

        Assert.StartsWith("3.5 physical 35000 Mass.Tonne", TableClaims(text)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CreditLinesJoinedByPipes_AreNotATable()
    {
        var issue = BulletinParser.Default.Parse("正文第一段，说明情况。\n作者| 王某|编辑|李某\n主编|赵某|图源|网络\n").GetValueOrThrow();

        Assert.DoesNotContain(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => b.Kind == BlockKind.Table);
    }

    [Theory]
    [InlineData("<table><tr><td>a</td><td>1.5")]
    [InlineData("<table>\n<tr><td colspan=\"999999999\">9</td></tr>")]
    [InlineData("a | b\n| |\n||||\n")]
    [InlineData("表 | 头\n")]
    public void DamagedTables_GiveClaimsOrNothing_NeverAnException(string text)
    {
        var result = BulletinParser.Default.Parse(text);

        Assert.NotNull(result);
    }

    [Trait(Slow.Category, Slow.Value)]
    [Fact]
    public void WideAndLongTables_AreRead()
    {
        var header = "项目 | " + string.Join(" | ", Enumerable.Range(1, 10_000).Select(i => $"列{i}（吨）"));
        var rows = string.Join("\n", Enumerable.Range(1, 50).Select(r => $"行{r} | " + string.Join(" | ", Enumerable.Range(1, 10_000).Select(i => "1.5"))));

        var issue = BulletinParser.Default.Parse(header + "\n" + rows + "\n").GetValueOrThrow();

        Assert.Equal(500_000, issue.Claims.Length);
    }
}
