// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>The names of an enum's values as the archive's JSON writes them (camel case), made once per type.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> s_names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    // A value no name stands for (read from a newer archive) keeps its number rather than being lost.
    internal static string Of(T value) => s_names.TryGetValue(value, out var name) ? name : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
