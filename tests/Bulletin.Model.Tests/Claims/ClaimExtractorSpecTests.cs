// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Globalization;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// One case per rule of CLAIMS-SPEC, in sentences written for this project: each row is a sentence and the
/// claims it must give, as "text|kind|value|unit|qualifier" (value "lo..hi" for an interval).
/// </summary>
public sealed class ClaimExtractorSpecTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Amounts, magnitudes, currencies, qualifiers.
        { "全年进出口总额达 12.5 万亿元，同比增长 3.4%。", ["12.5 万亿元|amount|12500000000000|CNY|exact", "3.4%|change|3.4|%|exact"] },
        { "该市引进外资约 8 亿美元，其中欧元区投资 3000 万欧元。", ["约 8 亿美元|amount|800000000|USD|approx", "3000 万欧元|amount|30000000|EUR|exact"] },
        { "项目总投资不少于 50 亿元，最高可获补助 2000 万元。", ["不少于 50 亿元|amount|5000000000|CNY|atLeast", "2000 万元|amount|20000000|CNY|atMost"] },
        { "贸易顺差突破一万亿美元。", ["突破一万亿美元|amount|1000000000000|USD|over"] },
        { "售价 3500 日元（约合 170 元人民币）。", ["3500 日元|amount|3500|JPY|exact", "约合 170 元人民币|amount|170|CNY|approx"] },
        { "利润分别为 120.5 亿、98.2 亿和 76.1 亿元。", ["120.5 亿|amount|12050000000|CNY|exact", "98.2 亿|amount|9820000000|CNY|exact", "76.1 亿元|amount|7610000000|CNY|exact"] },
        { "用户 300 万、营收 20 亿元。", ["300 万|count|3000000|count|exact", "20 亿元|amount|2000000000|CNY|exact"] },
        // Counts with measure words, vague numbers.
        { "全省新增市场主体 36.8 万户，其中企业 12 万家。", ["36.8 万户|count|368000|count|exact", "12 万家|count|120000|count|exact"] },
        { "吸引了 300 多家企业和 1.2 万余名观众。", ["300 多家|count|300[300..400]|count|over", "1.2 万余名|count|12000[12000..13000]|count|over"] },
        { "数百万用户参与了活动，上千家商户入驻。", ["数百万|count|2000000..9000000|count|approx", "上千家|count|1000|count|over"] },
        { "共有 1,434,321 股参与投票。", ["1,434,321 股|count|1434321|count|exact"] },
        // A bare whole number after "the number of X is" counts X; a coefficient, index or score is not a count.
        { "全区规上工业企业数为 1286，样本的总数达到796。", ["1286|count|1286|count|exact", "796|count|796|count|exact"] },
        { "床位数为 500，站点数是 36。", ["500|count|500|count|exact", "36|count|36|count|exact"] },
        // An index's level is an index in points, stated bare after a quote verb as after 报 with 点; a coefficient
        // and a score are no claims, nor is a word that starts with 指数 (指数化, 指数基金).
        { "相关系数为 0，景气指数为 102，综合分数为 85。", ["102|index|102|point|exact"] },
        { "美元指数跌0.3%至98.76，制造业采购经理指数（PMI）为49.7，波罗的海干散货指数涨3.5%至1728点。", ["0.3%|change|-0.3|%|exact", "98.76|index|98.76|point|exact", "49.7|index|49.7|point|exact", "3.5%|change|3.5|%|exact", "1728点|index|1728|point|exact"] },
        { "指数化投资规模为12，指数基金报5。上证指数上涨0.5%，成交额为1.2。", ["0.5%|change|0.5|%|exact"] },
        { "２０２５年，全市新增企业１２００家。", ["１２００家|count|1200|count|exact"] },
        // Traditional script.
        { "全年營收達3.5萬億元，較上年增長12%。", ["3.5萬億元|amount|3500000000000|CNY|exact", "12%|change|12|%|exact"] },
        { "該公司擁有員工兩萬人，市占率約兩成。", ["兩萬人|count|20000|count|exact", "約兩成|share|20|%|approx"] },
        // Percentages: change, share, percent, pp, signs.
        { "工业增加值下降 2.3%，占 GDP 的比重为 31.5%。", ["2.3%|change|-2.3|%|exact", "31.5%|share|31.5|%|exact"] },
        { "综合能耗降低 15%-20%。", ["15%-20%|change|-20..-15|%|exact"] },
        { "产品合格率达到 99.2%，失业率降至 5.1%。", ["99.2%|percent|99.2|%|exact", "5.1%|percent|5.1|%|exact"] },
        { "服务业占比提高 1.8 个百分点，制造业比重降低0.4个百分点。", ["1.8 个百分点|pp|1.8|pp|exact", "0.4个百分点|pp|-0.4|pp|exact"] },
        { "其中出口增长 8%、5.5%和 12.1%。", ["8%|change|8|%|exact", "5.5%|change|5.5|%|exact", "12.1%|change|12.1|%|exact"] },
        { "新能源汽车销量实现两位数增长，占比超过一半。", ["两位数|change|10..100|%|approx", "超过一半|share|50|%|over"] },
        { "客流量个位数下降，营收实现双位数增长，订单三位数的增长。", ["个位数|change|-10..-1|%|approx", "双位数|change|10..100|%|approx", "三位数|change|100..1000|%|approx"] },
        { "该类产品占全球市场的 2/3。", ["2/3|share|66.67|%|exact"] },
        { "约七成受访企业表示满意。", ["约七成|share|70|%|approx"] },
        { "七成五的受访企业表示订单增加，三成三年内有扩产计划。", ["七成五|share|75|%|exact", "三成|share|30|%|exact"] },
        { "百分之十五的企业实现盈利。", ["百分之十五|share|15|%|exact"] },
        // Multiples.
        { "产量增长 2.5 倍，效率提升近两倍，用户数翻了一番。", ["2.5 倍|multiple|2.5|x|exact", "近两倍|multiple|2|x|nearly", "翻了一番|multiple|2|x|exact"] },
        // A word that opens a figure (数, 上, 翻) glued before digits does not hide them: 人数1561万人.
        { "新建500千伏变电站，整车采用48V供电，线路电压220伏特。", ["500千伏|physical|500|ElectricPotential.Kilovolt|exact", "48V|physical|48|ElectricPotential.Volt|exact", "220伏特|physical|220|ElectricPotential.Volt|exact"] },
        { "港区班列开行320列，航班起降1.2万架次。", ["320列|count|320|count|exact", "1.2万架次|count|12000|count|exact"] },
        { "参保人数1561万人，户数820户。", ["1561万人|count|15610000|count|exact", "820户|count|820|count|exact"] },
        { "营收增长1.86倍。", ["1.86倍|multiple|1.86|x|exact"] },
        // A clause that names its own level (集中度达到) is not another member of the rates before it.
        { "基金规模环比增长37.5%，前五大持股集中度达到62.3%。", ["37.5%|change|37.5|%|exact", "62.3%|share|62.3|%|exact"] },
        { "出口增长8%，较上月的7%加快。", ["8%|change|8|%|exact", "7%|change|7|%|exact"] },
        { "出口增长了两倍多，进口增长3多倍。", ["两倍多|multiple|2[2..3]|x|over", "3多倍|multiple|3[3..4]|x|over"] },
        { "增长2倍多家企业受益。", ["2倍|multiple|2|x|exact"] },
        // Physical quantities, computing power, speed.
        { "年发电量 120 亿千瓦时，新建厂房 5.6 万平方米。", ["120 亿千瓦时|physical|12000000000|Energy.KilowattHour|exact", "5.6 万平方米|physical|56000|Area.SquareMeter|exact"] },
        { "货运量 3200 万吨，线路全长 45 公里。", ["3200 万吨|physical|32000000|Mass.Tonne|exact", "45 公里|physical|45|Length.Kilometer|exact"] },
        { "智算规模达到 500P，总算力超 20EFLOPS。", ["500P|physical|500000000000000000|Compute.Flops|exact", "超 20EFLOPS|physical|20000000000000000000|Compute.Flops|over"] },
        { "列车最高时速 350 公里。", ["时速 350 公里|physical|350|Speed.KilometerPerHour|exact"] },
        // Temperatures, information sizes, concentrations and the market units of farm output.
        { "当日最高气温 35 度，夜间降至 18℃。", ["35 度|physical|35|Temperature.DegreeCelsius|exact", "18℃|physical|18|Temperature.DegreeCelsius|exact"] },
        { "北部山区最低气温零下5℃，水温零下 1 度。", ["零下5℃|physical|-5|Temperature.DegreeCelsius|exact", "零下 1 度|physical|-1|Temperature.DegreeCelsius|exact"] },
        // A temperature word colours 度 only in the number's own clause; a full-width ； ends the clause as ， does.
        { "受寒潮影响气温骤降；厂区坡度为25度。", [] },
        { "受寒潮影响气温骤降，厂区坡度为25度。", [] },
        { "全市居民用电 25 亿度。", ["25 亿度|physical|2500000000|Energy.KilowattHour|exact"] },
        { "新机型内存 16GB，云端存储 2TB。", ["16GB|physical|16|Information.Gigabyte|exact", "2TB|physical|2|Information.Terabyte|exact"] },
        { "细颗粒物年均浓度为 28 微克/立方米。", ["28 微克/立方米|physical|28|MassConcentration.MicrogramPerCubicMeter|exact"] },
        { "亩产达 650 公斤，种植面积 12 万亩。", ["650 公斤|physical|650|Mass.Kilogram|exact", "12 万亩|physical|120000|Area.Mu|exact"] },
        { "新建 5G 基站 3.2 万个，主频 3.5GHz。", ["3.2 万个|count|32000|count|exact", "3.5GHz|physical|3.5|Frequency.Gigahertz|exact"] },
        // Durations.
        { "连续 12 年位居第一，工期 18 个月左右。", ["12 年|duration|12|Duration.Year|exact", "18 个月左右|duration|18|Duration.Month|approx"] },
        { "审批时间由 20 个工作日压缩至 3 天内。", ["20 个工作日|duration|20|Duration.Day|exact", "3 天内|duration|3|Duration.Day|under"] },
        { "被判处有期徒刑2年6个月。", ["2年6个月|duration|30|Duration.Month|exact"] },
        // Ranges with distributed magnitudes.
        { "预计投资规模在 2万—3万亿元之间。", ["2万—3万亿元|amount|2000000000000..3000000000000|CNY|exact"] },
        { "每年培训 5 至 8 万人次。", ["5 至 8 万人次|count|50000..80000|count|exact"] },
        // Index levels, prices per share, exchange rates, commodity prices.
        { "上证指数报3275.12点，涨0.85%；深证成指下跌38.6点。", ["3275.12点|index|3275.12|point|exact", "0.85%|change|0.85|%|exact", "38.6点|index|-38.6|point|exact"] },
        { "发行价为 26.30元/股，人均产值 94.5万元/人。", ["26.30元/股|rate|26.3|CNY/股|exact", "94.5万元/人|rate|945000|CNY/人|exact"] },
        { "欧元对美元汇率升至1比1.0875。", ["1比1.0875|rate|1.0875|USD/EUR|exact"] },
        { "国际金价报 2350 美元/盎司，油价 78 美元/桶。", ["2350 美元/盎司|rate|2350|USD/Mass.TroyOunce|exact", "78 美元/桶|rate|78|USD/Volume.OilBarrel|exact"] },
        { "1美元对人民币7.1025元，100日元对人民币4.7531元。", ["1美元对人民币7.1025元|rate|7.1025|CNY/USD|exact", "100日元对人民币4.7531元|rate|0.047531|CNY/JPY|exact"] },
        { "当日 1 欧元对人民币 7.85 元。", ["1 欧元对人民币 7.85 元|rate|7.85|CNY/EUR|exact"] },
        // Without the currency word before the price, its own unit names the second currency; the round side is the base.
        { "按 1 英镑兑 9.2 元人民币折算。", ["1 英镑兑 9.2 元人民币|rate|9.2|CNY/GBP|exact"] },
        { "结算价为 0.92 元人民币兑 1 港元。", ["0.92 元人民币兑 1 港元|rate|0.92|CNY/HKD|exact"] },
        { "100韩元兑换0.52元人民币。", ["100韩元兑换0.52元人民币|rate|0.0052|CNY/KRW|exact"] },
        // Two amounts with no round side, and 兑 opening a word (兑付, 兑现), are not a quote.
        { "交易额 7.3 亿元兑 2.5 亿美元。", ["7.3 亿元|amount|730000000|CNY|exact", "2.5 亿美元|amount|250000000|USD|exact"] },
        { "到期债券 100 亿美元兑付完毕。", ["100 亿美元|amount|10000000000|USD|exact"] },
        { "原油收于每桶78.52美元，煤炭每吨 500 元。", ["78.52美元|rate|78.52|USD/Volume.OilBarrel|exact", "500 元|rate|500|CNY/Mass.Tonne|exact"] },
        { "人民币对美元中间价调升41个基点。", ["41个基点|rate|0.0041|CNY/USD|exact"] },
        // The level of a quote named earlier in the sentence, with or without the quote currency after it.
        { "人民币对美元汇率中间价报 7.1032 元。", ["7.1032 元|rate|7.1032|CNY/USD|exact"] },
        { "人民币兑美元中间价报7.1032，调升41个基点。", ["7.1032|rate|7.1032|CNY/USD|exact", "41个基点|rate|0.0041|CNY/USD|exact"] },
        { "欧元对美元汇率收于1.0835。", ["1.0835|rate|1.0835|USD/EUR|exact"] },
        // A pair quotes the bare level after it with no quote word, in its clause or carried to a clause that names
        // nothing else, past a move read before; a clause with a subject of its own, or a unit of another thing, is not it.
        { "英镑兑美元收于1.2712。", ["1.2712|rate|1.2712|USD/GBP|exact"] },
        { "美元兑瑞郎跌0.2%，报0.8815。", ["0.2%|change|-0.2|%|exact", "0.8815|rate|0.8815|CHF/USD|exact"] },
        { "纽元兑美元跌0.4%至0.5921。", ["0.4%|change|-0.4|%|exact", "0.5921|rate|0.5921|USD/NZD|exact"] },
        { "在岸人民币对美元16:30收盘报7.2012。", ["7.2012|rate|7.2012|CNY/USD|exact"] },
        { "人民币对美元升值，海港股份收报12.35元。", ["12.35元|amount|12.35|CNY|exact"] },
        { "美元兑日元走强，日经指数收报38210.55点。", ["38210.55点|index|38210.55|point|exact"] },
        { "- 汇率：欧元对美元 `1比1.0856`\n- 指数：`报41563.08点`\n", ["1比1.0856|rate|1.0856|USD/EUR|exact", "41563.08点|index|41563.08|point|exact"] },
        { "十年期国债收益率下行1.15bp，人民币对美元汇率中间价报7.1032。", ["1.15bp|pp|-0.0115|pp|exact", "7.1032|rate|7.1032|CNY/USD|exact"] },
        { "汇率改革以来，全市出口额为 12.5 亿元。", ["12.5 亿元|amount|1250000000|CNY|exact"] },
        { "三次产业结构为3.9:59.5:36.6。", ["3.9|share|3.9|%|exact", "59.5|share|59.5|%|exact", "36.6|share|36.6|%|exact"] },
        { "收益率下行1.15bp至2.31%。", ["1.15bp|pp|-0.0115|pp|exact", "2.31%|percent|2.31|%|exact"] },
        // Basis points on yields.
        { "十年期国债收益率下行1.15bp。", ["1.15bp|pp|-0.0115|pp|exact"] },
        // Decreases of levels are negative.
        { "从业人员比上年减少0.04万人。", ["0.04万人|count|-400|count|exact"] },
        // Signs, currencies named first, web counters, Chinese fractions.
        { "全年增速为-3.1%，利润-120亿元。", ["-3.1%|change|-3.1|%|exact", "-120亿元|amount|-12000000000|CNY|exact"] },
        { "项目总投资约合人民币 70 亿元。", ["约合人民币 70 亿元|amount|7000000000|CNY|approx"] },
        { "阅读量 10万+，约三分之一来自海外。", ["10万+|count|100000|count|over", "约三分之一|share|33.33|%|approx"] },
        // Figures per a sum of money are yuan per yuan, and so is the change stated with them; a new clause group ends it.
        { "海港企业每百元营业收入中的费用为7.2元，同比减少0.3元；利润总额12亿元。", ["7.2元|rate|0.072|CNY/CNY|exact", "0.3元|rate|-0.003|CNY/CNY|exact", "12亿元|amount|1200000000|CNY|exact"] },
        // A converter's hard wrap inside a figure, or between it and its unit, in a line filled to its width.
        { "海港市本年度港務建設預算共編列新臺幣1,2\n  35億元，較上年度增加了很多。", ["1,2\n  35億元|amount|123500000000|CNY|exact"] },
        { "海港市本年度港務建設預算的支出占比達到了26.6\n  %，為歷年最高。", ["26.6\n  %|share|26.6|%|exact"] },
        { "海港市本年度港務建設預算共編列新臺幣0.\n  6億元，較上年度增加了很多。", ["0.\n  6億元|amount|60000000|CNY|exact"] },
        // A short line is a line of its own, not a wrapped one.
        { "甲组 12\n3 亿元", ["3 亿元|amount|300000000|CNY|exact"] },
        // A magnitude on the next line is the number's only across a hard wrap: not after a short line, nor after a
        // table row, ruled with | or ｜.
        { "工业增加值增长 5.7\n万元以上企业利润 3 亿元", ["3 亿元|amount|300000000|CNY|exact"] },
        { "| 住户存款 | 1490.8 | 44.9\n万元以上企业 | 3家 | 5 |", ["3家|count|3|count|exact"] },
        { "｜海港市本年度港務建設預算共編列｜1,2\n35億元｜", ["35億元|amount|3500000000|CNY|exact"] },
        { "全省规模以上工业企业实现利润总额达到了 12\n  亿元，同比增长", ["12\n  亿元|amount|1200000000|CNY|exact"] },
        { "该集团今年计划投入的研发与基础设施资金总额将达到 3500\n\n亿元，创历史新高。", ["3500\n\n亿元|amount|350000000000|CNY|exact"] },
        // Not claims: dates, issue numbers, ordinals, codes, names, clock times, tenors, phone numbers.
        { "2026 年第 2 期（总第 33 期）于 3 月 18 日出版，第 51 届展会在 8 号馆举行。", [] },
        { "GLM-4.6 模型与 6G 技术亮相 MWC 2026，工业4.0 时代到来。", [] },
        { "股票代码 001229.SZ，11:38 停牌，10年期国债和7天期逆回购利率不变。", [] },
        { "咨询电话 0411-84766033，邮编 116023。", [] },
        { "三个观点、两组数据和十大重点任务。", [] },
        // A currency after 元 says whose 元; a price per unit may name what is priced between the unit and the figure.
        { "出口额达1.5万亿元新台币，另有350亿元港币。", ["1.5万亿元新台币|amount|1500000000000|TWD|exact", "350亿元港币|amount|35000000000|HKD|exact"] },
        // A bare magnitude of an aggregate that is money is an amount; of anything else, a count.
        { "全区生产总值连续跨越2万亿、3万亿两个台阶，用户300万。", ["2万亿|amount|2000000000000|CNY|exact", "3万亿|amount|3000000000000|CNY|exact", "300万|count|3000000|count|exact"] },
        { "每股收益0.52美元，每吨售价500元。", ["0.52美元|rate|0.52|USD/股|exact", "500元|rate|500|CNY/Mass.Tonne|exact"] },
        // After a quote verb a percentage is the level the move ended at.
        { "5年期国债收益率跌4.1个基点报2.65%。", ["4.1个基点|pp|-0.041|pp|exact", "2.65%|percent|2.65|%|exact"] },
        // Labels of figures, tables, formulas and cited works; words ending in 表 or 图 that are not labels still count.
        { "如图3所示，见表2本节，由式(4)及文献5所述，Table 6 列出。", [] },
        { "大会代表3000余人，发表2篇论文。", ["3000余人|count|3000[3000..4000]|count|over", "2篇|count|2|count|exact"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_SpecRule_GivesTheClaims(string sentence, string[] expected)
    {
        var claims = ClaimExtractor.Default.Extract(sentence);
        var actual = claims.Select(Describe).ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("本轮实验的补丁数为 256。", "补丁")]
    [InlineData("样本的总数达到796。", "样本")]
    [InlineData("本区的企业数量为 1286。", "企业")]
    public void Extract_CountedNounBeforeTheNumber_IsTheMeasure(string sentence, string measure) =>
        Assert.Equal(measure, Assert.Single(ClaimExtractor.Default.Extract(sentence)).Measure);

    [Fact]
    public void Extract_Claims_CarryExactTextAndSpans()
    {
        const string text = "去年出口增长 6.1%，达 3.2 万亿元。";
        foreach (var claim in ClaimExtractor.Default.Extract(text))
        {
            Assert.Equal(claim.Text, text.Substring(claim.Span.Start, claim.Span.Length));
        }
    }

    [Fact]
    public void Extract_LinesAndColumns_CountCrLfAndLf()
    {
        const string text = "第一行\r\n出口 5 亿元\n\n进口 3 亿元\r\r增长 2%";
        var claims = ClaimExtractor.Default.Extract(text);
        Assert.Equal([(2, 4), (4, 4), (6, 4)], claims.Select(c => (c.Span.Line, c.Span.Column)));
    }

    [Fact]
    public void Extract_Precision_IsHalfTheLastStatedDigit()
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract("执行额 8935.4 亿元。"));
        Assert.Equal(5_000_000m, claim.Precision);
    }

    private static string Describe(QuantifiedClaim c)
    {
        var value = c.Value is { } v ? Show(v) + (c.Lower is null ? string.Empty : $"[{Show(c.Lower)}..{Show(c.Upper)}]") : $"{Show(c.Lower)}..{Show(c.Upper)}";
        var kind = Support.ClaimScore.Kind(c.Kind);
        var qualifier = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Qualifier.ToString());
        return $"{c.Text}|{kind}|{value}|{c.Unit}|{qualifier}";
    }

    private static string Show(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "null";
}
