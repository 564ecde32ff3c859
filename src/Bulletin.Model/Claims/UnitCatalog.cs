// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Bulletin.Model.Claims;

/// <summary>
/// The units claims are written in, as data. Physical units are named as UnitsNet names them, so that a
/// consumer who has UnitsNet maps them one to one; currencies by ISO 4217 code; computing power, which
/// UnitsNet lacks, as <c>Compute.Flops</c> with the value in FLOPS.
/// </summary>
/// <threadsafety>This type is immutable and safe to use from any thread.</threadsafety>
public static class UnitCatalog
{
    /// <summary>Gets every unit of the catalogue.</summary>
    public static ImmutableArray<UnitInfo> All { get; } =
    [
        Currency("CNY", "元人民币", "人民币", "元", "块钱"),
        Currency("USD", "美元", "美金"),
        Currency("EUR", "欧元"),
        Currency("JPY", "日元", "日圆"),
        Currency("KRW", "韩元"),
        Currency("HKD", "港元", "港币"),
        Currency("TWD", "新台币"),
        Currency("MOP", "澳门元"),
        Currency("GBP", "英镑"),
        Currency("RUB", "卢布"),
        Currency("INR", "印度卢比", "卢比"),
        Currency("KES", "肯尼亚先令"),
        Currency("AUD", "澳元"),
        Currency("CAD", "加元"),
        Currency("SGD", "新加坡元"),
        Currency("CHF", "瑞士法郎"),
        Currency("THB", "泰铢"),
        Currency("VND", "越南盾"),
        Currency("MYR", "林吉特"),
        Currency("IDR", "印尼盾"),
        Currency("BRL", "雷亚尔"),
        Unit("Energy.KilowattHour", "Energy", 1m, "千瓦时", "kWh", "度"),
        Unit("Energy.MegawattHour", "Energy", 1_000m, "兆瓦时", "MWh"),
        Unit("Energy.GigawattHour", "Energy", 1_000_000m, "吉瓦时", "GWh"),
        Unit("Energy.TerawattHour", "Energy", 1_000_000_000m, "太瓦时", "TWh"),
        Unit("Power.Kilowatt", "Power", 1m, "千瓦", "kW"),
        Unit("Power.Megawatt", "Power", 1_000m, "兆瓦", "MW"),
        Unit("Power.Gigawatt", "Power", 1_000_000m, "吉瓦", "GW"),
        Unit("Length.Millimeter", "Length", 0.001m, "毫米", "mm"),
        Unit("Length.Centimeter", "Length", 0.01m, "厘米", "cm"),
        Unit("Length.Meter", "Length", 1m, "米"),
        Unit("Length.Kilometer", "Length", 1_000m, "公里", "千米", "km"),
        Unit("Length.Mile", "Length", 1_609.344m, "英里"),
        Unit("Length.NauticalMile", "Length", 1_852m, "海里"),
        Unit("Area.SquareMeter", "Area", 1m, "平方米", "㎡"),
        Unit("Area.SquareKilometer", "Area", 1_000_000m, "平方公里", "平方千米"),
        Unit("Area.Hectare", "Area", 10_000m, "公顷"),
        Unit("Area.Mu", "Area", 666.6667m, "亩"),
        Unit("Volume.CubicMeter", "Volume", 1m, "立方米"),
        Unit("Volume.Kiloliter", "Volume", 1m, "千升"),
        Unit("Volume.Liter", "Volume", 0.001m, "升"),
        Unit("Volume.OilBarrel", "Volume", 0.158987m, "桶"),
        Unit("Volume.UsBushel", "Volume", 0.0352391m, "蒲式耳"),
        Unit("Mass.Kilogram", "Mass", 0.001m, "千克", "公斤", "kg"),
        Unit("Mass.Tonne", "Mass", 1m, "吨"),
        Unit("Mass.Jin", "Mass", 0.0005m, "斤", "市斤"),
        Unit("Mass.TroyOunce", "Mass", 0.0000311035m, "盎司"),
        Unit("Transport.TonneKilometer", "Transport", 1m, "吨公里"),
        Unit("Transport.PassengerKilometer", "Transport", 1m, "人公里"),
        Unit("Speed.KilometerPerHour", "Speed", 1m, "公里/小时", "km/h"),
        Unit("Compute.Flops", "Compute", 1m, "FLOPS"),
        Unit("Duration.Year", "Duration", 12m, "年", "岁"),
        Unit("Duration.Month", "Duration", 1m, "个月"),
        Unit("Duration.Week", "Duration", 0.23m, "周", "个星期", "星期"),
        Unit("Duration.Day", "Duration", 1m / 30m, "天", "个工作日", "工作日"),
        Unit("Duration.Hour", "Duration", 1m / 720m, "小时", "个小时"),
        Unit("Duration.Minute", "Duration", 1m / 43_200m, "分钟"),
        Unit("Duration.Second", "Duration", 1m / 2_592_000m, "秒", "秒钟"),
    ];

    private static readonly FrozenDictionary<string, UnitInfo> s_byCode = All.ToFrozenDictionary(u => u.Code);

    /// <summary>Finds a unit by its code.</summary>
    /// <param name="code">The code (<c>CNY</c>, <c>Length.Mile</c>).</param>
    /// <param name="unit">The unit, when known.</param>
    /// <returns><see langword="true"/> when the catalogue holds the code.</returns>
    public static bool TryGet(string? code, [NotNullWhen(true)] out UnitInfo? unit)
    {
        unit = null;
        return code is not null && s_byCode.TryGetValue(code, out unit);
    }

    private static UnitInfo Currency(string code, params string[] words) => new(code, "Currency", 1m, [.. words]);

    private static UnitInfo Unit(string code, string dimension, decimal factor, params string[] words) =>
        new(code, dimension, factor, [.. words]);
}
