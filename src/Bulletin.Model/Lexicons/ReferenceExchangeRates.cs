// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Exchange rates shipped as data, for checking a conversion (<c>约合</c>) that neither the document nor the caller
/// gives a rate for. A year's rate is a range, not a point: a writer may have converted at any day's rate, so a
/// conversion is checked against the lowest and highest monthly average of the year (and of the publication year,
/// when the figure is of an earlier one). Every floating currency here comes from the Federal Reserve Board's H.10
/// release, monthly averages of noon buying rates in New York as FRED publishes them: the renminbi (EXCHUS) for the
/// complete years since the 1994 unification of China's exchange rates; the yen (EXJPUS), the won (EXKOUS), the euro
/// (EXUSEU) and the pound (EXUSUK) since 1999, the euro's first year. The Hong Kong dollar comes from the band of
/// the Linked Exchange Rate System, 7.75–7.85 to the US dollar since 18 May 2005 (Hong Kong Monetary Authority).
/// A currency or a year without a shipped rate is checked only against a rate the document or the caller states:
/// extending a range past its last year would be a guess, and a guessed range cries wolf.
/// </summary>
internal static class ReferenceExchangeRates
{
    /// <summary>Where the figures come from, for messages and <c>docs/</c>.</summary>
    internal const string Source = "Federal Reserve Board H.10 monthly averages (FRED EXCHUS, EXJPUS, EXKOUS, EXUSEU, EXUSUK); HKMA band for HKD";

    // The first whole year inside the Linked Exchange Rate System's two-sided band.
    private const int FirstHkdBandYear = 2006;

    private const decimal HkdPerUsdLow = 7.75m;
    private const decimal HkdPerUsdHigh = 7.85m;
    private const decimal HkdPerUsdCentre = 7.80m;

    // Each year from a series' first: the mean of the twelve monthly averages, the lowest and the highest, in the
    // direction H.10 quotes the currency (units per US dollar, or US dollars per unit for the euro and the pound).
    private static readonly Series[] s_series =
    [
        // Renminbi per US dollar (EXCHUS).
        new("CNY", 1994, false,
        [
            (8.6401m, 8.5033m, 8.7251m), // 1994
            (8.3709m, 8.3206m, 8.4608m), // 1995
            (8.3387m, 8.3290m, 8.3515m), // 1996
            (8.3193m, 8.3099m, 8.3260m), // 1997
            (8.3006m, 8.2778m, 8.3100m), // 1998
            (8.2783m, 8.2772m, 8.2794m), // 1999
            (8.2784m, 8.2771m, 8.2796m), // 2000
            (8.2770m, 8.2764m, 8.2776m), // 2001
            (8.2770m, 8.2767m, 8.2777m), // 2002
            (8.2772m, 8.2768m, 8.2780m), // 2003
            (8.2768m, 8.2765m, 8.2771m), // 2004
            (8.1940m, 8.0755m, 8.2765m), // 2005
            (7.9720m, 7.8219m, 8.0654m), // 2006
            (7.6059m, 7.3682m, 7.7876m), // 2007
            (6.9482m, 6.8281m, 7.2405m), // 2008
            (6.8307m, 6.8235m, 6.8363m), // 2009
            (6.7690m, 6.6497m, 6.8285m), // 2010
            (6.4633m, 6.3482m, 6.5964m), // 2011
            (6.3085m, 6.2328m, 6.3717m), // 2012
            (6.1480m, 6.0738m, 6.2323m), // 2013
            (6.1607m, 6.0509m, 6.2380m), // 2014
            (6.2830m, 6.2010m, 6.4491m), // 2015
            (6.6417m, 6.4754m, 6.9198m), // 2016
            (6.7564m, 6.5690m, 6.8940m), // 2017
            (6.6123m, 6.2967m, 6.9367m), // 2018
            (6.9070m, 6.7119m, 7.1137m), // 2019
            (6.8999m, 6.5393m, 7.1016m), // 2020
            (6.4499m, 6.3693m, 6.5186m), // 2021
            (6.7306m, 6.3436m, 7.1902m), // 2022
            (7.0797m, 6.7904m, 7.3071m), // 2023
            (7.1958m, 7.0760m, 7.2807m), // 2024
        ]),
        // Yen per US dollar (EXJPUS).
        new("JPY", 1999, false,
        [
            (113.7132m, 102.5843m, 121.9995m), // 1999
            (107.8213m, 105.2960m, 112.2090m), // 2000
            (121.5193m, 116.2337m, 127.5945m), // 2001
            (125.2669m, 117.8991m, 133.6426m), // 2002
            (115.9166m, 107.7377m, 119.8950m), // 2003
            (108.1569m, 103.8104m, 112.1960m), // 2004
            (110.1384m, 103.3410m, 118.4624m), // 2005
            (116.3498m, 111.7305m, 118.6090m), // 2006
            (117.7655m, 111.0729m, 122.6886m), // 2007
            (103.3794m, 91.2750m, 109.3624m), // 2008
            (93.5996m, 89.2674m, 98.9200m), // 2009
            (87.7502m, 81.7285m, 93.4527m), // 2010
            (79.7117m, 76.6430m, 83.1771m), // 2011
            (79.8108m, 76.9640m, 83.7905m), // 2012
            (97.5617m, 89.0581m, 103.4600m), // 2013
            (105.8566m, 101.7400m, 119.3233m), // 2014
            (121.0183m, 118.2500m, 123.7186m), // 2015
            (108.7572m, 101.2383m, 118.2258m), // 2016
            (112.1369m, 109.8270m, 114.8721m), // 2017
            (110.4308m, 106.0468m, 113.3380m), // 2018
            (109.0281m, 106.1886m, 111.6414m), // 2019
            (106.7646m, 103.7952m, 110.0295m), // 2020
            (109.7730m, 103.7883m, 113.9650m), // 2021
            (131.4627m, 114.8255m, 147.0515m), // 2022
            (140.4883m, 130.4475m, 149.6790m), // 2023
            (151.4584m, 142.9540m, 157.8600m), // 2024
        ]),
        // Won per US dollar (EXKOUS).
        new("KRW", 1999, false,
        [
            (1189.8275m, 1136.8043m, 1229.7217m), // 1999
            (1131.3797m, 1110.3200m, 1216.9350m), // 2000
            (1291.6720m, 1252.8526m, 1327.7571m), // 2001
            (1250.4906m, 1179.9868m, 1322.9048m), // 2002
            (1191.9780m, 1165.4048m, 1237.2000m), // 2003
            (1145.8962m, 1050.3739m, 1183.3450m), // 2004
            (1024.1947m, 1001.8386m, 1045.8775m), // 2005
            (954.2451m, 924.9800m, 981.4350m), // 2006
            (929.0595m, 914.9435m, 942.8841m), // 2007
            (1100.4817m, 942.0571m, 1398.7044m), // 2008
            (1274.9819m, 1162.8368m, 1449.6159m), // 2009
            (1155.3872m, 1115.4591m, 1214.1114m), // 2010
            (1107.4227m, 1057.4250m, 1150.6850m), // 2011
            (1125.7386m, 1075.2225m, 1163.3886m), // 2012
            (1094.2033m, 1055.6348m, 1135.0085m), // 2013
            (1053.1164m, 1018.7443m, 1102.6224m), // 2014
            (1130.6933m, 1084.6709m, 1184.3300m), // 2015
            (1159.9250m, 1108.3638m, 1216.2285m), // 2016
            (1129.2341m, 1082.9020m, 1179.1074m), // 2017
            (1099.5793m, 1065.6410m, 1131.6150m), // 2018
            (1164.9870m, 1120.3300m, 1210.3782m), // 2019
            (1179.5995m, 1093.7876m, 1228.1340m), // 2020
            (1144.5391m, 1098.2367m, 1184.0600m), // 2021
            (1291.8831m, 1196.0345m, 1426.0650m), // 2022
            (1306.1356m, 1243.0705m, 1351.5071m), // 2023
            (1363.5107m, 1325.9119m, 1439.9967m), // 2024
        ]),
        // US dollars per euro (EXUSEU).
        new("EUR", 1999, true,
        [
            (1.0667m, 1.0110m, 1.1591m), // 1999
            (0.9234m, 0.8525m, 1.0131m), // 2000
            (0.8955m, 0.8530m, 0.9376m), // 2001
            (0.9453m, 0.8707m, 1.0194m), // 2002
            (1.1317m, 1.0622m, 1.2298m), // 2003
            (1.2439m, 1.1989m, 1.3406m), // 2004
            (1.2447m, 1.1789m, 1.3185m), // 2005
            (1.2560m, 1.1940m, 1.3205m), // 2006
            (1.3709m, 1.2993m, 1.4683m), // 2007
            (1.4704m, 1.2744m, 1.5759m), // 2008
            (1.3933m, 1.2797m, 1.4908m), // 2009
            (1.3276m, 1.2223m, 1.4266m), // 2010
            (1.3920m, 1.3155m, 1.4460m), // 2011
            (1.2863m, 1.2278m, 1.3238m), // 2012
            (1.3285m, 1.2953m, 1.3708m), // 2013
            (1.3289m, 1.2329m, 1.3828m), // 2014
            (1.1100m, 1.0727m, 1.1615m), // 2015
            (1.1067m, 1.0545m, 1.1346m), // 2016
            (1.1297m, 1.0635m, 1.1913m), // 2017
            (1.1815m, 1.1364m, 1.2340m), // 2018
            (1.1196m, 1.1011m, 1.1418m), // 2019
            (1.1413m, 1.0871m, 1.2168m), // 2020
            (1.1834m, 1.1301m, 1.2178m), // 2021
            (1.0538m, 0.9853m, 1.1349m), // 2022
            (1.0817m, 1.0565m, 1.1067m), // 2023
        ]),
        // US dollars per pound (EXUSUK).
        new("GBP", 1999, true,
        [
            (1.6179m, 1.5751m, 1.6572m), // 1999
            (1.5159m, 1.4258m, 1.6404m), // 2000
            (1.4401m, 1.4020m, 1.4775m), // 2001
            (1.5024m, 1.4227m, 1.5863m), // 2002
            (1.6348m, 1.5739m, 1.7516m), // 2003
            (1.8326m, 1.7860m, 1.9286m), // 2004
            (1.8198m, 1.7349m, 1.9043m), // 2005
            (1.8429m, 1.7442m, 1.9629m), // 2006
            (2.0016m, 1.9474m, 2.0701m), // 2007
            (1.8522m, 1.4854m, 2.0015m), // 2008
            (1.5652m, 1.4170m, 1.6599m), // 2009
            (1.5465m, 1.4669m, 1.6158m), // 2010
            (1.6037m, 1.5587m, 1.6379m), // 2011
            (1.5856m, 1.5524m, 1.6145m), // 2012
            (1.5648m, 1.5080m, 1.6383m), // 2013
            (1.6475m, 1.5644m, 1.7066m), // 2014
            (1.5285m, 1.4958m, 1.5578m), // 2015
            (1.3549m, 1.2330m, 1.4524m), // 2016
            (1.2892m, 1.2347m, 1.3404m), // 2017
            (1.3357m, 1.2664m, 1.4079m), // 2018
            (1.2774m, 1.2160m, 1.3167m), // 2019
            (1.2837m, 1.2302m, 1.3434m), // 2020
            (1.3761m, 1.3303m, 1.4084m), // 2021
            (1.2374m, 1.1320m, 1.3555m), // 2022
            (1.2439m, 1.2084m, 1.2893m), // 2023
            (1.2781m, 1.2517m, 1.3219m), // 2024
        ]),
    ];

    /// <summary>The last year with a shipped rate for <paramref name="currency"/>, or <see langword="null"/> when none is shipped.</summary>
    internal static int? LastYear(string currency) =>
        Array.Find(s_series, s => s.Code == currency) is { } series ? series.FirstYear + series.Years.Length - 1 : null;

    /// <summary>The first year with a shipped rate for <paramref name="currency"/>, or <see langword="null"/> when none is shipped.</summary>
    internal static int? FirstYear(string currency) => Array.Find(s_series, s => s.Code == currency)?.FirstYear;

    /// <summary>
    /// The range of units of <paramref name="to"/> that one unit of <paramref name="from"/> bought in
    /// <paramref name="year"/>, or <see langword="false"/> when no rate for the pair and year is shipped.
    /// </summary>
    internal static bool TryRange(string from, string to, int year, out (decimal Low, decimal Mean, decimal High) rate)
    {
        rate = default;
        if (from == to || !TryInUsd(from, year, out var f) || !TryInUsd(to, year, out var t))
        {
            return false;
        }

        // Each currency's worth in US dollars moves on its own (the peg does not follow the renminbi), so the
        // quotient's range is the widest the two ranges allow.
        rate = (f.Low / t.High, f.Mean / t.Mean, f.High / t.Low);
        return true;
    }

    // US dollars per unit of a currency in a year, as a range.
    private static bool TryInUsd(string currency, int year, out (decimal Low, decimal Mean, decimal High) worth)
    {
        switch (currency)
        {
            case "USD":
                worth = (1m, 1m, 1m);
                return true;
            case "HKD" when year >= FirstHkdBandYear:
                worth = (1m / HkdPerUsdHigh, 1m / HkdPerUsdCentre, 1m / HkdPerUsdLow);
                return true;
        }

        foreach (var series in s_series)
        {
            if (series.Code == currency)
            {
                return series.TryInUsd(year, out worth);
            }
        }

        worth = default;
        return false;
    }

    private sealed record Series(string Code, int FirstYear, bool UsdPerUnit, (decimal Mean, decimal Low, decimal High)[] Years)
    {
        public bool TryInUsd(int year, out (decimal Low, decimal Mean, decimal High) worth)
        {
            var index = year - FirstYear;
            if (index < 0 || index >= Years.Length)
            {
                worth = default;
                return false;
            }

            var (mean, low, high) = Years[index];
            worth = UsdPerUnit ? (low, mean, high) : (1m / high, 1m / mean, 1m / low);
            return true;
        }
    }
}
