// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// The words the claim scanner reads around a number, as data (Simplified; the scanner folds the source):
/// qualifiers, magnitudes, units and measure words, and the words that tell a change from a share.
/// </summary>
internal static class ClaimLexicon
{
    /// <summary>Characters that can start a number: digits, Chinese numerals, and the words of vague numbers.</summary>
    internal static readonly SearchValues<char> NumberStarts = SearchValues.Create(
        "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两〇零壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸數数上翻半个個双雙");

    /// <summary>
    /// The characters of <see cref="NumberStarts"/> that open a word rather than a numeral (数百, 上千, 翻番, 半数, 个位数,
    /// 双位数): a failed read at one of them passes that character only, not the digits glued after it (人数1561).
    /// </summary>
    internal static readonly SearchValues<char> WordStarts = SearchValues.Create("數数上翻半个個双雙");

    /// <summary>
    /// A change given as the number of its digits (<c>两位数增长</c>: 10% to 100%), with the range each allows.
    /// </summary>
    internal static readonly WordTable<(decimal Lower, decimal Upper)> DigitCountRates = new(
    [
        ("个位数", (1m, 10m)), ("两位数", (10m, 100m)), ("双位数", (10m, 100m)), ("三位数", (100m, 1000m)),
    ]);

    internal const string ChineseDigits = "〇零一二两三四五六七八九";
    internal const string FinancialDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>Qualifiers written right before the number (spaces allowed); the claim's text starts with them.</summary>
    internal static readonly WordTable<ClaimQualifier> AttachedQualifiers = new(
    [
        ("约合", ClaimQualifier.Approx), ("大约", ClaimQualifier.Approx), ("约为", ClaimQualifier.Approx), ("约", ClaimQualifier.Approx),
        ("大概", ClaimQualifier.Approx), ("近乎", ClaimQualifier.Approx), ("几乎", ClaimQualifier.Approx),
        ("将近", ClaimQualifier.Nearly), ("接近", ClaimQualifier.Nearly), ("近", ClaimQualifier.Nearly),
        ("超过了", ClaimQualifier.Over), ("超过", ClaimQualifier.Over), ("超出", ClaimQualifier.Over), ("超", ClaimQualifier.Over),
        ("逾", ClaimQualifier.Over), ("突破", ClaimQualifier.Over), ("高于", ClaimQualifier.Over), ("多于", ClaimQualifier.Over),
        ("不少于", ClaimQualifier.AtLeast), ("至少", ClaimQualifier.AtLeast), ("不低于", ClaimQualifier.AtLeast),
        ("不足", ClaimQualifier.Under), ("不到", ClaimQualifier.Under), ("低于", ClaimQualifier.Under), ("少于", ClaimQualifier.Under),
        ("最高", ClaimQualifier.AtMost), ("至多", ClaimQualifier.AtMost), ("不超过", ClaimQualifier.AtMost), ("最多", ClaimQualifier.AtMost),
    ]);

    /// <summary>Qualifiers that still apply when a verb stands between them and the number (<c>最高达到 900 亿</c>).</summary>
    internal static readonly WordTable<ClaimQualifier> DistantQualifiers = new(
    [
        ("最高", ClaimQualifier.AtMost), ("最多", ClaimQualifier.AtMost), ("至多", ClaimQualifier.AtMost), ("不超过", ClaimQualifier.AtMost),
        ("至少", ClaimQualifier.AtLeast), ("不少于", ClaimQualifier.AtLeast),

        // 约占全市出口的 60%: the share itself is approximate.
        ("约占", ClaimQualifier.Approx),
    ]);

    /// <summary>Qualifiers written after the number and its unit.</summary>
    internal static readonly WordTable<ClaimQualifier> TrailingQualifiers = new(
    [
        ("左右", ClaimQualifier.Approx), ("上下", ClaimQualifier.Approx), ("以上", ClaimQualifier.Over), ("有余", ClaimQualifier.Over),
        ("之多", ClaimQualifier.Exact), ("+", ClaimQualifier.Over), ("以下", ClaimQualifier.Under), ("以内", ClaimQualifier.Under), ("之内", ClaimQualifier.Under),
    ]);

    /// <summary>Magnitude characters and their factors.</summary>
    internal static decimal Magnitude(char folded) => folded switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1_000m,
        '万' => 10_000m,
        '亿' => 100_000_000m,
        _ => 0m,
    };

    /// <summary>Units written after a number, each with its code and the kind of claim it makes.</summary>
    internal static readonly WordTable<(string Code, ClaimKind Kind)> Units = new(BuildUnits());

    /// <summary>Measure words and counted nouns that make a count (<c>78 万家</c>, <c>1500 台套</c>, <c>7城市</c>).</summary>
    internal static readonly WordTable<bool> MeasureWords = new(
        new[]
        {
            "人次", "台套", "城市", "个", "家", "项", "件", "人", "辆", "款", "基", "只", "名", "条", "副", "种", "例", "国", "座", "所",
            "位", "批", "艘", "架", "张", "场", "部", "支", "篇", "台", "套", "次", "户", "头", "棵", "株", "枚", "颗", "粒", "份", "栋",
            "幢", "间", "处", "册", "本", "首", "层", "根", "把", "块", "片", "对", "双", "箱", "包", "袋", "盒", "瓶",
            "标准箱", "标箱", "TEU", "股", "手", "单", "笔", "宗", "起", "门", "省", "市", "县", "区", "村", "镇", "所高校", "万户",
            "列", "趟", "班次", "架次", "航次", "车次", "女性", "男性", "儿童", "学生", "患者",
        }.Select(w => (w, true)));

    /// <summary>
    /// What stands between a counted noun and a bare whole number that counts it (<c>企业数为 1286</c>, <c>样本总数达 796</c>):
    /// a word for "the number of" and a copula.
    /// </summary>
    internal static readonly WordTable<bool> CountCopulas = new(
        from noun in new[] { "数", "数量", "总数", "个数" }
        from verb in new[] { "为", "是", "达", "达到", "约为", "设为", "设置为", "共计", "合计", "共" }
        select (noun + verb, true));

    /// <summary>
    /// Unit symbols that name a unit only inside a header's brackets (<c>时间(s)</c>, <c>耗时（min）</c>), where a bare letter
    /// after a number in running text (<c>5s</c>) would not.
    /// </summary>
    internal static readonly WordTable<(string Code, ClaimKind Kind)> HeaderUnitSymbols = new(
    [
        ("s", ("Duration.Second", ClaimKind.Duration)), ("min", ("Duration.Minute", ClaimKind.Duration)), ("h", ("Duration.Hour", ClaimKind.Duration)),
    ]);

    /// <summary>
    /// The items of an income statement or a balance sheet (营业收入, 净利润, 总资产): a firm states them in one order
    /// of magnitude, so one of them in bare 元 beside others in 万元 or 亿元 is more likely a dropped 万 than a firm
    /// that small. Matched at the end of a figure's subject, folded to Simplified.
    /// </summary>
    internal static readonly WordTable<bool> StatementItems = new(
        new[]
        {
            "营业收入", "营业总收入", "营收", "主营业务收入", "净利润", "利润总额", "营业利润", "毛利", "毛利润", "总资产", "净资产",
            "营业成本", "归母净利润", "扣非净利润", "经营活动产生的现金流量净额", "经营现金流", "总负债", "所有者权益",
            "净利", "税后净利",
        }.Select(w => (w, true)));

    /// <summary>
    /// Aggregates that are sums of money (生产总值, 进出口总额, 销售额): a bare magnitude after them (突破5万亿) is an
    /// amount in the document's currency. Looked for anywhere in a figure's subject (生产总值连续突破), folded to Simplified.
    /// </summary>
    internal static readonly WordTable<bool> MoneyAggregates = new(
        new[]
        {
            "生产总值", "GDP", "增加值", "总额", "销售额", "成交额", "交易额", "投资额", "贸易额", "进出口额", "出口额", "进口额",
            "营业收入", "营收", "财政收入", "税收", "金额", "余额", "市值", "利润", "净利润", "利润总额", "总产值", "产值",
        }.Select(w => (w, true)));

    /// <summary>Words ending in 数 that name a coefficient, a score or an index rather than the number of things.</summary>
    internal static readonly WordTable<bool> NotCountNouns = new(
        new[]
        {
            "系数", "指数", "分数", "参数", "函数", "倍数", "基数", "常数", "读数", "岁数", "乘数", "分位数", "变数", "整数", "小数",
            "约数", "奇数", "偶数", "周数", "天数", "月数", "年数",
        }.Select(w => (w, true)));

    /// <summary>Words that name a change; +1 for growth, -1 for decline.</summary>
    internal static readonly WordTable<int> ChangeVerbs = new(
    [
        ("同比增长", 1), ("环比增长", 1), ("增长", 1), ("增加", 1), ("上升", 1), ("提高", 1), ("提升", 1), ("上涨", 1), ("增速", 1),
        ("增幅", 1), ("涨幅", 1), ("扩大", 1), ("回升", 1), ("增长率", 1), ("攀升", 1), ("跃升", 1), ("上调", 1), ("拉升", 1),
        ("回报", 1), ("收益", 1), ("增", 1), ("涨", 1), ("升", 1), ("高出", 1),
        ("同比下降", -1), ("环比下降", -1), ("下降", -1), ("减少", -1), ("降低", -1), ("下滑", -1), ("回落", -1), ("缩短", -1),
        ("削减", -1), ("缩减", -1), ("下跌", -1), ("缩小", -1), ("萎缩", -1), ("降幅", -1), ("跌幅", -1), ("压缩", -1), ("下调", -1),
        ("减", -1), ("降", -1), ("跌", -1), ("缩", -1), ("下行", -1), ("走低", -1), ("收窄", -1), ("放缓", -1), ("下挫", -1),
        ("上行", 1), ("走高", 1), ("反弹", 1), ("加快", 1), ("成长", 1), ("正成长", 1), ("负成长", -1),
    ],
    // Words that end in a verb of change and name none: 航班起降1.2万架次 are landings, not a fall.
    ["起降", "降雨", "降水"]);

    /// <summary>Words that make a percentage a share of a whole.</summary>
    internal static readonly WordTable<bool> ShareWords = new(
        new[] { "占比", "比重", "份额", "市占率", "市场占有率", "占有率", "比例", "占", "所占", "占据", "贡献了" }.Select(w => (w, true)));

    /// <summary>Nouns whose percentage is a level of its own (a rate), not a share or a change.</summary>
    internal static readonly WordTable<bool> RateNouns = new(
        new[] { "率", "关税", "税率", "利率", "费率", "补贴", "折扣", "首付", "准备金", "税", "投入强度" }.Select(w => (w, true)));

    /// <summary>Verbs that lead to a figure without being part of what it measures (<c>实现两位数增长</c>).</summary>
    internal static readonly WordTable<bool> LeadVerbs = new(new[] { "实现", "保持", "达到", "录得", "完成", "累计", "共有", "拥有" }.Select(w => (w, true)));

    /// <summary>
    /// Words of a holding or a balance, a level that stands at a point of time (<c>持仓市值</c>, <c>贷款余额</c>,
    /// <c>资本充足率</c>): stated for a quarter, it is the level at the quarter's end.
    /// </summary>
    internal static readonly WordTable<bool> StockWords = new(
        new[] { "持仓", "持股", "持有", "市值", "余额", "存量", "库存", "充足率", "保有量" }.Select(w => (w, true)), ["持有人", "持股人"]);

    /// <summary>
    /// Words that make a figure stated to a day (<c>截至9月2日</c>) the count of the month to that day
    /// (<c>月内新成立基金12只</c>); the year to a day (<c>年内</c>) stays a total at that day (<c>asof</c>).
    /// </summary>
    internal static readonly WordTable<bool> ToDateWords = new([("月内", true), ("本月以来", true)]);

    /// <summary>The first character of a clause that breaks a level down by one dimension (<c>分区域看</c>, <c>按行业分</c>, <c>从产业看</c>).</summary>
    internal const string BreakdownOpeners = "分按从";

    /// <summary>The words that close such a clause, longest first.</summary>
    internal static readonly string[] BreakdownClosers = ["来看", "划分", "看", "分"];

    /// <summary>Words that make a figure a running total (<c>累计投资</c>): at a year to come, it stands by then.</summary>
    internal static readonly WordTable<bool> CumulativeWords = new(new[] { "累计", "累积" }.Select(w => (w, true)));

    /// <summary>Words that make the figures of their sentence a forecast.</summary>
    internal static readonly WordTable<bool> ForecastWords = new(
        new[] { "预计", "预测", "或将", "有望", "预期", "估计", "将", "可能", "或达" }.Select(w => (w, true)));

    /// <summary>
    /// Words that name a figure's value in the period before the one its sentence reports (<c>7月CPI升2.9%，前值升3%</c>):
    /// the figure takes the previous month, quarter, week or year.
    /// </summary>
    internal static readonly WordTable<bool> PreviousValueWords = new(
        new[] { "前值", "上期值", "上期为", "上次为", "此前为", "上月为", "前期值" }.Select(w => (w, true)));

    /// <summary>
    /// Labels that alone make a clause another reading of the indicator before it (<c>资本充足率13.2%，预估13.0%</c>).
    /// </summary>
    internal static readonly WordTable<bool> ReadingLabels = new(
        new[] { "预估", "预期", "市场预期", "预测", "前值", "初值", "终值", "修正值", "上期值" }.Select(w => (w, true)));

    /// <summary>
    /// Words that name a reading of an indicator (<c>一季度终值增长5.1%</c>, <c>初值</c>, <c>修正值</c>): a period stated
    /// with one dates that reading only, and does not govern the figures after it.
    /// </summary>
    internal static readonly WordTable<bool> ReadingWords = new(
        new[] { "终值", "初值", "修正值", "前值", "上期值", "前期值" }.Select(w => (w, true)));

    /// <summary>
    /// Words in a column's name that say what kind of figure it holds (<c>资产负债率</c> a percentage, <c>周转天数</c> days,
    /// <c>人均营业收入</c> a figure per person), to place a row of units whose repeated cells a converter dropped.
    /// </summary>
    internal static readonly WordTable<ClaimKind> ColumnKindHints = new(
    [
        ("率", ClaimKind.Percent), ("比重", ClaimKind.Percent), ("占比", ClaimKind.Percent), ("比例", ClaimKind.Percent),
        ("增速", ClaimKind.Percent), ("增长", ClaimKind.Percent), ("份额", ClaimKind.Percent), ("增幅", ClaimKind.Percent),
        ("天数", ClaimKind.Duration), ("回收期", ClaimKind.Duration), ("周期", ClaimKind.Duration), ("期限", ClaimKind.Duration), ("时长", ClaimKind.Duration),
        ("人均", ClaimKind.Rate), ("每人", ClaimKind.Rate), ("单价", ClaimKind.Rate),
        ("每百元", ClaimKind.Amount), ("金额", ClaimKind.Amount), ("收入", ClaimKind.Amount), ("成本", ClaimKind.Amount), ("费用", ClaimKind.Amount),
    ]);

    /// <summary>
    /// Money bases a figure is stated per (<c>每百元收入中的费用为7.2元</c>): the figure is a rate in yuan per yuan,
    /// divided by the base.
    /// </summary>
    internal static readonly WordTable<decimal> PerMoneyBases = new([("每百元", 100m), ("每千元", 1000m), ("每万元", 10000m)]);

    /// <summary>Words that make the figures of their sentence a target.</summary>
    internal static readonly WordTable<bool> TargetWords = new(
        new[] { "目标", "力争", "计划", "要求", "争取", "确保", "设定", "推动", "打造", "建成", "要" }.Select(w => (w, true)));

    /// <summary>Words before a level that make it an index in points.</summary>
    internal static readonly WordTable<bool> IndexWords = new(
        new[] { "指数", "报", "收报", "收于", "收在", "点位", "综指", "成指" }.Select(w => (w, true)));

    /// <summary>
    /// Words in a clause that make a bare 度 after a number a temperature (气温 25 度) rather than the kilowatt-hour
    /// it is in 50 亿度.
    /// </summary>
    internal static readonly WordTable<bool> TemperatureCues = new(
        new[] { "气温", "温度", "摄氏", "零下", "高温", "低温", "最高温", "最低温", "水温", "室温", "体温", "地温", "温差", "降温", "升温", "冰点" }.Select(w => (w, true)));

    /// <summary>Words right before a temperature that make it negative: 零下 5℃.</summary>
    internal static readonly WordTable<bool> BelowZeroWords = new(new[] { "零下" }.Select(w => (w, true)));

    /// <summary>Words that multiply without a number: 翻倍 and 翻番 double, 翻两番 quadruples.</summary>
    internal static readonly WordTable<decimal> DoublingWords = new([("翻倍", 2m), ("翻番", 2m), ("翻一番", 2m), ("翻了一番", 2m), ("翻两番", 4m)]);

    /// <summary>Words between the members of one list.</summary>
    internal static readonly WordTable<bool> ListJoiners = new(new[] { "、", "和", "及", "与", "以及", "或" }.Select(w => (w, true)));

    /// <summary>Words that introduce a conversion of the amount before (<c>约合</c>).</summary>
    internal static readonly WordTable<bool> ConversionWords = new(new[] { "约合", "折合", "相当于", "合" }.Select(w => (w, true)));

    /// <summary>Words that introduce a stated total.</summary>
    internal static readonly WordTable<bool> TotalWords = new(new[] { "合计", "共计", "总计" }.Select(w => (w, true)));

    /// <summary>Words that introduce a part of what was stated before.</summary>
    internal static readonly WordTable<bool> PartWords = new(new[] { "其中" }.Select(w => (w, true)));

    /// <summary>
    /// Compound names of a whole that is by its name the sum of the parts it names (进出口 is 出口 and 进口): a
    /// breakdown after 其中 into exactly those parts is complete, so the whole is their total.
    /// </summary>
    internal static readonly WordTable<string[]> CompoundWholes = new(
    [
        ("进出口", ["出口", "进口"]), ("出入境", ["出境", "入境"]), ("进出境", ["进境", "出境"]), ("进出港", ["进港", "出港"]),
        ("存贷款", ["存款", "贷款"]), ("内外资", ["内资", "外资"]), ("中外资", ["中资", "外资"]),
    ]);

    /// <summary>Words that make basis points ten-thousandths of an exchange-rate quote.</summary>
    internal static readonly WordTable<bool> QuoteWords = new(new[] { "中间价", "汇率", "报价" }.Select(w => (w, true)));

    /// <summary>Words that name an index, whose level a quote verb states as a bare number (<c>美元指数跌0.3%至98.76</c>).</summary>
    internal static readonly WordTable<bool> IndexNames = new(new[] { "指数" }.Select(w => (w, true)));

    /// <summary>First characters (folded) of the words that follow an index's name when it moves or is quoted (<c>跌</c>, <c>报</c>, <c>收于</c>).</summary>
    internal const string IndexMoveStarts = "跌涨升降报收为上下至较比同环回攀录终初值微大小";

    /// <summary>Verbs that state the level of a quote just before its number (<c>中间价报7.1032</c>).</summary>
    internal static readonly WordTable<bool> QuoteVerbs = new(new[] { "报", "收报", "为", "收于", "至", "报收" }.Select(w => (w, true)));

    /// <summary>Words that make basis points hundredths of a percentage point even beside an exchange-rate quote.</summary>
    internal static readonly WordTable<bool> YieldWords = new(new[] { "收益率", "利率", "利差" }.Select(w => (w, true)));

    /// <summary>
    /// Words that open a comparison's base inside the words before a figure (<c>比上年</c>, <c>较本年度</c>,
    /// <c>同比</c>, <c>与上月相比</c>): what follows them is the base, never the figure's subject. Words that only start
    /// with such a character (比重, 较快) are listed as not opening one, so the longest match decides.
    /// </summary>
    internal static readonly WordTable<bool> ComparisonOpeners = new(
    [
        ("比", true), ("较", true), ("同比", true), ("环比", true), ("相比", true), ("相较", true), ("对比", true),
        ("比重", false), ("比例", false), ("比率", false), ("比值", false), ("比分", false), ("比赛", false),
        ("较为", false), ("较大", false), ("较快", false), ("较高", false), ("较低", false), ("较多", false), ("较少", false),
        ("较好", false), ("较强", false), ("较小", false), ("较慢", false), ("较长", false), ("较短", false), ("比较", false),
    ]);

    /// <summary>
    /// Words before a number that make it the label of a figure, a table, a formula or a cited work (如图2所示, 见表3,
    /// 式(4), 文献5, Table 2), not a count of what follows it (图2所示 is not two 所). The words that end in one of those
    /// characters without naming a label (代表3人, 发表2篇, 地图3张) are listed against them: the longest match decides.
    /// </summary>
    internal static readonly WordTable<bool> ReferenceLabels = new(
        new[]
        {
            "图", "表", "式", "公式", "文献", "附录", "附图", "附表", "圖", "文獻", "附錄", "附圖", "Fig", "Fig.", "Figure", "Table", "Tab.",
            "Eq.", "Eq",
        }.Select(w => (w, true)),
        [
            "代表", "发表", "發表", "报表", "報表", "列表", "外表", "仪表", "儀表", "电表", "電表", "水表", "手表", "手錶", "地图", "地圖", "试图", "試圖",
            "意图", "意圖", "企图", "企圖", "蓝图", "藍圖", "版图", "版圖", "方式", "形式", "模式", "正式", "仪式", "儀式", "各式", "新式", "中式", "西式",
            "程式",
        ]);

    /// <summary>
    /// Row labels of a table's total row, in both scripts: the whole label is one of them (总计, 合计, 全省), written
    /// without the spaces that pad it to the column.
    /// </summary>
    internal static readonly WordTable<bool> TotalRowLabels = new(
    [
        ("总计", true), ("合计", true), ("共计", true), ("总额", true), ("全部", true), ("总体", true),
        ("全国", true), ("全省", true), ("全市", true), ("全区", true), ("全县", true), ("全州", true),
        ("總計", true), ("合計", true), ("共計", true), ("總額", true), ("總體", true), ("全國", true), ("全區", true), ("全縣", true),
    ]);

    /// <summary>
    /// Words by which a sentence speaks of a table's whole (全省重点园区企业, 全市, 总体) rather than one of its rows.
    /// </summary>
    internal static readonly WordTable<bool> WholeScopeWords = new(
    [
        ("全国", true), ("全省", true), ("全市", true), ("全区", true), ("全县", true), ("全州", true), ("全部", true),
        ("总体", true), ("整体", true), ("总计", true), ("合计", true), ("共计", true),
        ("全國", true), ("全區", true), ("全縣", true), ("總體", true), ("總計", true), ("合計", true), ("共計", true),
    ]);

    /// <summary>Words that name a whole in general (占总量的, 占总额的), so a share after a part is of that part's whole.</summary>
    internal static readonly WordTable<bool> GenericWholeWords = new(
        new[] { "总量", "总额", "总数", "总值", "总和", "总体", "整体", "全部", "总计", "合计", "總量", "總額", "總數", "總值", "總和", "總體", "總計", "合計" }.Select(w => (w, true)));

    /// <summary>Words of a table's caption that say it lists only the main items, so its rows need not add up to the total.</summary>
    internal static readonly WordTable<bool> MainItemsWords = new([("主要", true), ("部分", true), ("重点", true), ("重點", true)]);

    /// <summary>Headers of a table's column that gives each row's unit (<c>指标 | 单位 | 绝对数</c>); folded, spaces removed.</summary>
    internal static readonly ImmutableArray<string> UnitColumnHeaders = ["单位", "计量单位", "计算单位"];

    /// <summary>Headers of a table's column of values that name no measure of their own (<c>绝对数</c>, <c>数值</c>); folded.</summary>
    internal static readonly WordTable<bool> ValueColumnHeaders = new(new[] { "绝对数", "绝对值", "数值", "数据" }.Select(w => (w, true)));

    /// <summary>How the notes under a table open (注：, 附注, 说明：).</summary>
    internal static readonly WordTable<bool> TableNoteOpeners = new([("注", true), ("附注", true), ("说明", true), ("說明", true), ("资料来源", true), ("資料來源", true)]);

    /// <summary>What a table's note says about its sums: rounding (四舍五入) or groups that overlap (交叉, 之和大于总计).</summary>
    internal static readonly WordTable<TableNoteKind> TableNoteWords = new(
    [
        ("四舍五入", TableNoteKind.Rounding), ("四捨五入", TableNoteKind.Rounding), ("尾数", TableNoteKind.Rounding), ("尾數", TableNoteKind.Rounding),
        ("交叉", TableNoteKind.Overlap), ("重叠", TableNoteKind.Overlap), ("重複", TableNoteKind.Overlap), ("重复", TableNoteKind.Overlap),
        ("之和大于", TableNoteKind.Overlap), ("之和大於", TableNoteKind.Overlap),
    ]);

    /// <summary>Words of a caption that name what its columns measure (主要经济指标): a 主要 before them is about the columns.</summary>
    internal static readonly WordTable<bool> IndicatorWords = new([("指标", true), ("指標", true)]);

    /// <summary>Words that name the basis of a change, besides 同比 and 环比.</summary>
    internal static readonly WordTable<string> BasisWords = new(
    [
        ("同比", "yoy"), ("环比", "mom"), ("两年平均", "两年平均"), ("三年平均", "三年平均"), ("比上年", "比上年"), ("比上月", "比上月"),
        ("比去年同期", "比去年同期"), ("比年初", "比年初"), ("较上年", "较上年"), ("较去年", "较去年"),
    ]);

    /// <summary>
    /// For a qualifier word, the characters before it that make it part of another word: 最近 (recently),
    /// 节约 (to save), 赶超 (to catch up).
    /// </summary>
    internal static readonly FrozenDictionary<string, string> QualifierFalseFriends = new Dictionary<string, string>
    {
        ["近"] = "最附靠亲邻接将",
        ["约"] = "节制预签合条契公违履大",
        ["约占"] = "节制预签合条契公违履",
        ["超"] = "赶高",
    }.ToFrozenDictionary();

    /// <summary>Characters after 最高/最多 that make them name a measure (最高时速, 最高气温) rather than qualify a number.</summary>
    internal const string MeasureAfterDistantQualifier = "时速温气价点法人峰值档层级";

    /// <summary>
    /// For a measure word, the words after it that make the number an attribute, not a count: <c>64位操作系统</c> is
    /// a word width, not 64 people.
    /// </summary>
    internal static readonly FrozenDictionary<string, ImmutableArray<string>> MeasureFalseFriends = new Dictionary<string, ImmutableArray<string>>
    {
        ["位"] = ["操作系统", "系统", "处理器", "整数", "浮点", "编码", "架构", "芯片", "地址", "精度", "版本", "CPU", "色"],
    }.ToFrozenDictionary();

    /// <summary>
    /// For a unit word, the characters after it that make it part of another word: 成为, 年前, 元素, 天期 (a tenor).
    /// </summary>
    internal static readonly FrozenDictionary<string, string> UnitFalseFriends = new Dictionary<string, string>
    {
        ["成"] = "为本功果员立熟效长交绩型就都不了品套",
        ["年"] = "前后间代度期初底末内份级",
        ["天"] = "期",
        ["小时"] = "期",
        ["个月"] = "期",
        ["元"] = "化素首旦宵老件宇帅",
        ["升"] = "至到级",
        ["克"] = "拉隆服制星",
    }.ToFrozenDictionary();

    /// <summary>Characters after 十/百/千 that make them part of a unit (3千米) rather than a magnitude.</summary>
    internal const string UnitsAfterSmallMagnitude = "米克瓦帕年方伏赫";

    private static IEnumerable<(string, (string, ClaimKind))> BuildUnits()
    {
        foreach (var unit in UnitCatalog.All)
        {
            var kind = unit.Dimension switch
            {
                "Currency" => ClaimKind.Amount,
                "Duration" => ClaimKind.Duration,
                _ => ClaimKind.Physical,
            };
            foreach (var word in unit.Words)
            {
                yield return (word, (unit.Code, kind));
            }
        }

        yield return ("%", ("%", ClaimKind.Percent));

        // LaTeX, as PDF converters leave a percentage inside inline math ($60 \%$).
        yield return ("\\%", ("%", ClaimKind.Percent));
        yield return ("个百分点", ("pp", ClaimKind.Pp));
        yield return ("百分点", ("pp", ClaimKind.Pp));
        yield return ("pp", ("pp", ClaimKind.Pp));
        yield return ("个基点", ("bp", ClaimKind.Pp));
        yield return ("基点", ("bp", ClaimKind.Pp));
        yield return ("bp", ("bp", ClaimKind.Pp));
        yield return ("bps", ("bp", ClaimKind.Pp));
        yield return ("倍", ("x", ClaimKind.Multiple));
        yield return ("成", ("%", ClaimKind.Share));
        yield return ("点", ("point", ClaimKind.Index));
        yield return ("EFLOPS", ("Compute.Flops.E", ClaimKind.Physical));
        yield return ("PFLOPS", ("Compute.Flops.P", ClaimKind.Physical));
        yield return ("TFLOPS", ("Compute.Flops.T", ClaimKind.Physical));
        yield return ("P", ("Compute.Flops.P", ClaimKind.Physical));
    }

    /// <summary>Words, in both scripts, by which a Traditional-script document shows it is of the Republic of China:
    /// its years count from 1912 and its bare 元 is the New Taiwan dollar.</summary>
    internal static readonly string[] RocSignals =
        ["中華民國", "中华民国", "立法院", "行政院", "新臺幣", "新台幣", "新台币", "監察院", "监察院", "考試院", "考试院"];

    /// <summary>First characters (folded) of currency words, after which 兆 is 10^12 (<c>3兆美元</c>, <c>1兆新台币</c>).</summary>
    internal const string CurrencyStarts = "美欧日港台新英韩人";

    /// <summary>Characters (folded) after N年 that make it a length of time: 20年来, 3年间, 5年多, 3年以上, 2年内, 10年之久, 2年期.</summary>
    internal const string DurationAfterYear = "来间多余以内之期半左上";

    /// <summary>Words before N年 that make it a length of time: 连续3年, 近5年, 过去10年, 长达20年.</summary>
    internal static readonly WordTable<bool> DurationBeforeYear = new(
        new[] { "连续", "近", "过去", "长达", "为期", "满", "逾", "超过", "历时", "已", "共", "约", "达", "每", "前", "后", "未来", "这", "那" }.Select(w => (w, true)));
}
