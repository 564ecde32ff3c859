// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Bulletin.Model.Claims;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// <c>docs/units.md</c> lists the catalogue as the code holds it: its tables are rendered from
/// <see cref="UnitCatalog.All"/>, compared with the file, and written anew when <c>BULLETIN_UPDATE_DOCS=1</c>.
/// </summary>
public sealed class UnitsDocumentTests
{
    private const string Marker = "## Extensions";

    [Fact]
    public void UnitsDocument_ListsTheCatalogue()
    {
        var path = Path.Combine(Corpus.RepositoryRoot, "docs", "units.md");
        Assert.True(File.Exists(path), "docs/units.md is missing.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/units.md has no \"{Marker}\" section.");
        var tables = Tables();
        if (Environment.GetEnvironmentVariable("BULLETIN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..at] + tables);
            text = File.ReadAllText(path).ReplaceLineEndings("\n");
        }

        Assert.Equal(tables, text[at..]);
    }

    private static string Tables()
    {
        var b = new StringBuilder();
        b.Append(Marker).Append("\n\n");
        b.Append("Units UnitsNet does not have. Where UnitsNet has the dimension, the quantity is the claim's value times the factor, in the UnitsNet unit shown.\n\n");
        b.Append("| code | UnitsNet unit | factor | words |\n|---|---|---|---|\n");
        foreach (var u in UnitCatalog.All.Where(u => u.IsExtension))
        {
            b.Append(CultureInfo.InvariantCulture, $"| `{u.Code}` | {UnitName(u)} | {(u.QuantityUnit is null ? "—" : Factor(u.QuantityFactor))} | {string.Join("、", u.Words)} |\n");
        }

        b.Append("\n## Every unit\n\n");
        b.Append("The factor is to the dimension's base unit, the one validation compares figures in.\n\n");
        b.Append("| code | dimension | UnitsNet unit | factor to base | words |\n|---|---|---|---|---|\n");
        foreach (var u in UnitCatalog.All)
        {
            var factor = u.Dimension == "Currency" ? "—" : Factor(u.FactorToBase);
            b.Append(CultureInfo.InvariantCulture, $"| `{u.Code}` | {u.Dimension} | {UnitName(u)} | {factor} | {string.Join("、", u.Words)} |\n");
        }

        b.Append("\nBase units: ");
        b.Append(string.Join(", ", UnitCatalog.DimensionBases.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} `{p.Value.GetType().Name}.{p.Value}`")));
        b.Append(".\n");
        return b.ToString();
    }

    private static string UnitName(UnitInfo u) => u.QuantityUnit is { } unit ? $"`{unit.GetType().Name}.{unit}`" : "—";

    // Factors print in full: 10000/15 shows the decimal the catalogue multiplies by.
    private static string Factor(decimal factor) => factor.ToString(CultureInfo.InvariantCulture);
}
