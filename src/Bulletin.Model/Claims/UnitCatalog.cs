// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using UnitsNet.Units;

namespace Bulletin.Model.Claims;

/// <summary>
/// The units claims are written in, as data. Physical units are coded <c>Quantity.Unit</c> in UnitsNet's style and
/// each maps to its UnitsNet unit (<see cref="UnitInfo.QuantityUnit"/>), so a claim's figure is a real quantity
/// (<see cref="QuantifiedClaim.TryGetQuantity"/>); the few that UnitsNet lacks (<c>Area.Mu</c>, <c>Mass.Jin</c>,
/// <c>Mass.TroyOunce</c>, <c>Volume.UsBushel</c>, <c>Transport.*</c>, <c>Compute.Flops</c>) are the library's own
/// extensions (<see cref="UnitInfo.IsExtension"/>), converted to a UnitsNet unit where UnitsNet has the dimension.
/// Currencies are coded by ISO 4217.
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
        Currency("TWD", "新台币", "台币"),
        Currency("MOP", "澳门元"),
        Currency("GBP", "英镑"),
        Currency("RUB", "卢布"),
        Currency("INR", "印度卢比", "卢比"),
        Currency("KES", "肯尼亚先令"),
        Currency("AUD", "澳元", "澳大利亚元"),
        Currency("CAD", "加元", "加拿大元"),
        Currency("SGD", "新加坡元"),
        Currency("CHF", "瑞士法郎", "瑞郎"),
        Currency("THB", "泰铢"),
        Currency("VND", "越南盾"),
        Currency("MYR", "林吉特"),
        Currency("IDR", "印尼盾"),
        Currency("BRL", "雷亚尔"),
        Currency("NZD", "新西兰元", "纽元"),
        Unit("Energy.KilowattHour", EnergyUnit.KilowattHour, 1m, "千瓦时", "kWh", "度"),
        Unit("Energy.MegawattHour", EnergyUnit.MegawattHour, 1_000m, "兆瓦时", "MWh"),
        Unit("Energy.GigawattHour", EnergyUnit.GigawattHour, 1_000_000m, "吉瓦时", "GWh"),
        Unit("Energy.TerawattHour", EnergyUnit.TerawattHour, 1_000_000_000m, "太瓦时", "TWh"),
        Unit("Power.Kilowatt", PowerUnit.Kilowatt, 1m, "千瓦", "kW"),
        Unit("Power.Megawatt", PowerUnit.Megawatt, 1_000m, "兆瓦", "MW"),
        Unit("Power.Gigawatt", PowerUnit.Gigawatt, 1_000_000m, "吉瓦", "GW"),
        Unit("Length.Millimeter", LengthUnit.Millimeter, 0.001m, "毫米", "mm"),
        Unit("Length.Centimeter", LengthUnit.Centimeter, 0.01m, "厘米", "cm"),
        Unit("Length.Meter", LengthUnit.Meter, 1m, "米"),
        Unit("Length.Kilometer", LengthUnit.Kilometer, 1_000m, "公里", "千米", "km"),
        Unit("Length.Mile", LengthUnit.Mile, 1_609.344m, "英里"),
        Unit("Length.NauticalMile", LengthUnit.NauticalMile, 1_852m, "海里"),
        Unit("Area.SquareMeter", AreaUnit.SquareMeter, 1m, "平方米", "㎡"),
        Unit("Area.SquareKilometer", AreaUnit.SquareKilometer, 1_000_000m, "平方公里", "平方千米"),
        Unit("Area.Hectare", AreaUnit.Hectare, 10_000m, "公顷"),

        // The mu is a fifteenth of a hectare: 10 000 / 15 square meters.
        Extension("Area.Mu", AreaUnit.SquareMeter, 10_000m / 15m, "亩"),
        Unit("Volume.CubicMeter", VolumeUnit.CubicMeter, 1m, "立方米"),
        Unit("Volume.Kiloliter", VolumeUnit.Kiloliter, 1m, "千升"),
        Unit("Volume.Liter", VolumeUnit.Liter, 0.001m, "升"),
        Unit("Volume.OilBarrel", VolumeUnit.OilBarrel, 0.158987294928m, "桶"),

        // The US bushel is 2150.42 cubic inches: 35.23907016688 liters.
        Extension("Volume.UsBushel", VolumeUnit.Liter, 35.23907016688m, "蒲式耳"),
        Unit("Mass.Microgram", MassUnit.Microgram, 0.000_000_001m, "微克"),
        Unit("Mass.Milligram", MassUnit.Milligram, 0.000_001m, "毫克"),
        Unit("Mass.Gram", MassUnit.Gram, 0.001m, "克"),
        Unit("Mass.Kilogram", MassUnit.Kilogram, 1m, "千克", "公斤", "kg"),
        Unit("Mass.Tonne", MassUnit.Tonne, 1_000m, "吨"),

        // The market jin (市斤) is half a kilogram; the troy ounce of precious metals 31.1034768 grams.
        Extension("Mass.Jin", MassUnit.Kilogram, 0.5m, "斤", "市斤"),
        Extension("Mass.TroyOunce", MassUnit.Gram, 31.1034768m, "盎司"),
        Unit("MassConcentration.MicrogramPerCubicMeter", MassConcentrationUnit.MicrogramPerCubicMeter, 1m, "微克/立方米", "μg/m³", "µg/m³"),
        Unit("MassConcentration.MilligramPerCubicMeter", MassConcentrationUnit.MilligramPerCubicMeter, 1_000m, "毫克/立方米", "mg/m³"),
        Unit("MassConcentration.MilligramPerLiter", MassConcentrationUnit.MilligramPerLiter, 1_000_000m, "毫克/升", "mg/L"),

        // Freight and passenger work have no quantity in UnitsNet.
        Extension("Transport.TonneKilometer", null, 1m, "吨公里"),
        Extension("Transport.PassengerKilometer", null, 1m, "人公里"),
        Unit("Speed.KilometerPerHour", SpeedUnit.KilometerPerHour, 1m, "公里/小时", "km/h"),
        Unit(CelsiusCode, TemperatureUnit.DegreeCelsius, 1m, "摄氏度", "℃", "°C"),
        Unit("Frequency.Hertz", FrequencyUnit.Hertz, 1m, "赫兹", "Hz"),
        Unit("Frequency.Kilohertz", FrequencyUnit.Kilohertz, 1_000m, "千赫", "kHz"),
        Unit("Frequency.Megahertz", FrequencyUnit.Megahertz, 1_000_000m, "兆赫", "MHz"),
        Unit("Frequency.Gigahertz", FrequencyUnit.Gigahertz, 1_000_000_000m, "吉赫", "GHz"),
        Unit("ElectricPotential.Volt", ElectricPotentialUnit.Volt, 1m, "伏特", "V"),
        Unit("ElectricPotential.Kilovolt", ElectricPotentialUnit.Kilovolt, 1_000m, "千伏", "kV"),
        Unit("Information.Byte", InformationUnit.Byte, 1m, "字节"),
        Unit("Information.Kilobyte", InformationUnit.Kilobyte, 1e3m, "KB", "千字节"),
        Unit("Information.Megabyte", InformationUnit.Megabyte, 1e6m, "MB", "兆字节"),
        Unit("Information.Gigabyte", InformationUnit.Gigabyte, 1e9m, "GB", "吉字节"),
        Unit("Information.Terabyte", InformationUnit.Terabyte, 1e12m, "TB", "太字节"),
        Unit("Information.Petabyte", InformationUnit.Petabyte, 1e15m, "PB"),
        Unit("Information.Exabyte", InformationUnit.Exabyte, 1e18m, "EB"),

        // Computing power has no quantity in UnitsNet; the value is in FLOPS.
        Extension("Compute.Flops", null, 1m, "FLOPS"),

        // Durations convert as UnitsNet defines them: a year of 365 days, a month of 30.
        Unit("Duration.Year", DurationUnit.Year365, 365m, "年", "岁"),
        Unit("Duration.Month", DurationUnit.Month30, 30m, "个月"),
        Unit("Duration.Week", DurationUnit.Week, 7m, "周", "个星期", "星期"),
        Unit("Duration.Day", DurationUnit.Day, 1m, "天", "个工作日", "工作日"),
        Unit("Duration.Hour", DurationUnit.Hour, 1m / 24m, "小时", "个小时"),
        Unit("Duration.Minute", DurationUnit.Minute, 1m / 1_440m, "分钟"),
        Unit("Duration.Second", DurationUnit.Second, 1m / 86_400m, "秒", "秒钟"),
    ];

    /// <summary>The code of degrees Celsius, which a bare 度 in a clause about temperature is.</summary>
    internal const string CelsiusCode = "Temperature.DegreeCelsius";

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

    /// <summary>
    /// The unit each dimension's <see cref="UnitInfo.FactorToBase"/> counts in: the kilowatt-hour for energy, as
    /// bulletins state electricity, the kilogram for mass, the day for durations.
    /// </summary>
    internal static FrozenDictionary<string, Enum> DimensionBases { get; } = new Dictionary<string, Enum>
    {
        ["Energy"] = EnergyUnit.KilowattHour,
        ["Power"] = PowerUnit.Kilowatt,
        ["Length"] = LengthUnit.Meter,
        ["Area"] = AreaUnit.SquareMeter,
        ["Volume"] = VolumeUnit.CubicMeter,
        ["Mass"] = MassUnit.Kilogram,
        ["MassConcentration"] = MassConcentrationUnit.MicrogramPerCubicMeter,
        ["Speed"] = SpeedUnit.KilometerPerHour,
        ["Temperature"] = TemperatureUnit.DegreeCelsius,
        ["Frequency"] = FrequencyUnit.Hertz,
        ["Information"] = InformationUnit.Byte,
        ["ElectricPotential"] = ElectricPotentialUnit.Volt,
        ["Duration"] = DurationUnit.Day,
    }.ToFrozenDictionary();

    private static UnitInfo Currency(string code, params string[] words) => new(code, "Currency", 1m, [.. words]);

    // A unit UnitsNet has (under the same name, or Year365 and Month30 for the year and month): the claim's value is
    // the quantity's value.
    private static UnitInfo Unit(string code, Enum unit, decimal factor, params string[] words) =>
        new(code, Dimension(code), factor, [.. words]) { QuantityUnit = unit };

    // A unit of the library's own: its quantity, where UnitsNet has the dimension, is the value times the factor in
    // the unit given.
    private static UnitInfo Extension(string code, Enum? unit, decimal quantityFactor, params string[] words)
    {
        var dimension = Dimension(code);
        var factor = unit is null ? 1m : quantityFactor * BaseFactor(dimension, unit);
        return new(code, dimension, factor, [.. words]) { QuantityUnit = unit, QuantityFactor = unit is null ? 1m : quantityFactor, IsExtension = true };
    }

    private static string Dimension(string code) => code[..code.IndexOf('.', StringComparison.Ordinal)];

    // The units an extension is expressed in, with their factor to the dimension's base.
    private static decimal BaseFactor(string dimension, Enum unit) => (dimension, unit) switch
    {
        ("Area", AreaUnit.SquareMeter) => 1m,
        ("Volume", VolumeUnit.Liter) => 0.001m,
        ("Mass", MassUnit.Kilogram) => 1m,
        ("Mass", MassUnit.Gram) => 0.001m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "No base factor for this unit."),
    };
}
