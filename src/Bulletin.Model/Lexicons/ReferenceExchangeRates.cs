// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Exchange rates shipped as data, for checking a conversion (<c>约合</c>) that neither the document nor the caller
/// gives a rate for. A year's rate is a range, not a point: a writer may have converted at any day's rate, so a
/// conversion is checked against the lowest and highest monthly average of the year (and of the publication year,
/// when the figure is of an earlier one). The renminbi against the US dollar comes from the Federal Reserve Board's
/// H.10 release (FRED series EXCHUS, monthly averages of noon buying rates in New York), complete years since the
/// 1994 unification of China's exchange rates; the Hong Kong dollar from the band of the Linked Exchange Rate
/// System, 7.75–7.85 to the US dollar since 18 May 2005 (Hong Kong Monetary Authority). Other currencies have no
/// shipped rate here: a conversion between them is checked only against a rate the document or the caller states.
/// </summary>
internal static class ReferenceExchangeRates
{
    /// <summary>Where the figures come from, for messages and <c>docs/</c>.</summary>
    internal const string Source = "Federal Reserve Board H.10 monthly averages (FRED EXCHUS); HKMA band for HKD";

    private const int FirstYear = 1994;

    // The first whole year inside the Linked Exchange Rate System's two-sided band.
    private const int FirstHkdBandYear = 2006;

    private const decimal HkdPerUsdLow = 7.75m;
    private const decimal HkdPerUsdHigh = 7.85m;
    private const decimal HkdPerUsdCentre = 7.80m;

    // CNY per USD in each year from FirstYear: the mean of the twelve monthly averages, the lowest and the highest.
    private static readonly (decimal Mean, decimal Low, decimal High)[] s_cnyPerUsd =
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
    ];

    /// <summary>The last year with a shipped rate.</summary>
    internal static int LastYear => FirstYear + s_cnyPerUsd.Length - 1;

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
            case "CNY" when year >= FirstYear && year <= LastYear:
                var (mean, low, high) = s_cnyPerUsd[year - FirstYear];
                worth = (1m / high, 1m / mean, 1m / low);
                return true;
            case "HKD" when year >= FirstHkdBandYear:
                worth = (1m / HkdPerUsdHigh, 1m / HkdPerUsdCentre, 1m / HkdPerUsdLow);
                return true;
            default:
                worth = default;
                return false;
        }
    }
}
