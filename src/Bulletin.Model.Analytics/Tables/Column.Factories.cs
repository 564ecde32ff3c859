// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Claims;
using NodaTime;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>The typed columns: one per <see cref="ExportColumnType"/>.</summary>
internal static class Column
{
    // DECIMAL(38, 9): 29 integer digits hold every integer part of a System.Decimal, leaving nine decimal places.
    internal const int DecimalPrecision = 38;
    internal const int DecimalScale = 9;

    internal static Column<TRow> String<TRow>(string name, string description, Func<TRow, string?> get) =>
        new StringColumn<TRow>(new(name, ExportColumnType.String, description), get);

    internal static Column<TRow> Int32<TRow>(string name, string description, Func<TRow, int?> get) =>
        new StructColumn<TRow, int>(new(name, ExportColumnType.Int32, description), get, new DataField<int?>(name), static (j, n, v) => j.WriteNumber(n, v), static v => v.ToString(CultureInfo.InvariantCulture));

    internal static Column<TRow> Int64<TRow>(string name, string description, Func<TRow, long?> get) =>
        new StructColumn<TRow, long>(new(name, ExportColumnType.Int64, description), get, new DataField<long?>(name), static (j, n, v) => j.WriteNumber(n, v), static v => v.ToString(CultureInfo.InvariantCulture));

    internal static Column<TRow> Decimal<TRow>(string name, string description, Func<TRow, decimal?> get) =>
        new DecimalColumn<TRow>(new(name, ExportColumnType.Decimal, description), get);

    internal static Column<TRow> Date<TRow>(string name, string description, Func<TRow, LocalDate?> get) =>
        new DateColumn<TRow>(new(name, ExportColumnType.Date, description), get);

    /// <summary>
    /// A claim's relations: in JSON Lines the archive's own shape (<c>[{"kind":"partOf","other":1}]</c>), in CSV and
    /// Parquet the same pairs as text (<c>partOf:1;listMember:4</c>), since a flat row has one cell for them.
    /// </summary>
    internal static Column<TRow> Relations<TRow>(string name, string description, Func<TRow, ImmutableArray<ClaimRelation>> get) =>
        new RelationsColumn<TRow>(new(name, ExportColumnType.String, description), get);

    private sealed class RelationsColumn<TRow>(ExportColumn info, Func<TRow, ImmutableArray<ClaimRelation>> get) : Column<TRow>(info)
    {
        private readonly StringColumn<TRow> _text = new(info, row => Join(get(row)));

        internal override DataField Field => _text.Field;

        internal override ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters) => _text.CreateBuffer(capacity, counters);

        internal override void WriteJson(Utf8JsonWriter json, TRow row)
        {
            var relations = get(row);
            if (relations.IsDefaultOrEmpty)
            {
                return;
            }

            json.WriteStartArray(Info.Name);
            foreach (var relation in relations)
            {
                json.WriteStartObject();
                json.WriteString("kind", EnumNames<ClaimRelationKind>.Of(relation.Kind));
                json.WriteNumber("other", relation.Other);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        internal override string? Text(TRow row) => _text.Text(row);

        private static string? Join(ImmutableArray<ClaimRelation> relations) =>
            relations.IsDefaultOrEmpty ? null : string.Join(';', relations.Select(r => EnumNames<ClaimRelationKind>.Of(r.Kind) + ":" + r.Other.ToString(CultureInfo.InvariantCulture)));
    }

    private sealed class StringColumn<TRow>(ExportColumn info, Func<TRow, string?> get) : Column<TRow>(info)
    {
        internal override DataField Field { get; } = new DataField<string>(info.Name, nullable: true);

        internal override ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters) => new Buffer(this, capacity);

        internal override void WriteJson(Utf8JsonWriter json, TRow row)
        {
            if (get(row) is { } value)
            {
                json.WriteString(Info.Name, value);
            }
        }

        internal override string? Text(TRow row) => get(row);

        private sealed class Buffer(StringColumn<TRow> column, int capacity) : ColumnBuffer<TRow>
        {
            private readonly string?[] _values = new string?[capacity];

            internal override void Set(int index, TRow row) => _values[index] = column.Text(row);

            internal override Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken) =>
                writer.WriteAsync(column.Field, new ArraySegment<string>(_values!, 0, count));

            internal override void Clear(int count) => Array.Clear(_values, 0, count);
        }
    }

    private class StructColumn<TRow, T>(ExportColumn info, Func<TRow, T?> get, DataField field, Action<Utf8JsonWriter, string, T> writeJson, Func<T, string> format)
        : Column<TRow>(info)
        where T : struct
    {
        internal override DataField Field { get; } = field;

        internal override ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters) => new StructBuffer<TRow, T>(capacity, get, Field);

        internal override void WriteJson(Utf8JsonWriter json, TRow row)
        {
            if (get(row) is { } value)
            {
                writeJson(json, Info.Name, value);
            }
        }

        internal override string? Text(TRow row) => get(row) is { } value ? format(value) : null;

        protected Func<TRow, T?> Get => get;
    }

    private sealed class DecimalColumn<TRow>(ExportColumn info, Func<TRow, decimal?> get)
        : StructColumn<TRow, decimal>(info, get, new DecimalDataField(info.Name, DecimalPrecision, DecimalScale, isNullable: true), static (j, n, v) => j.WriteNumber(n, v), static v => v.ToString(CultureInfo.InvariantCulture))
    {
        internal override ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters) =>
            new StructBuffer<TRow, decimal>(capacity, row => Fit(Get(row), counters), Field);

        // Parquet's DECIMAL(38, 9) keeps nine decimal places; a value with more is rounded half away from zero, and counted.
        private static decimal? Fit(decimal? value, ExportCounters counters)
        {
            if (value is not { } v || v.Scale <= DecimalScale)
            {
                return value;
            }

            var rounded = Math.Round(v, DecimalScale, MidpointRounding.AwayFromZero);
            if (rounded != v)
            {
                counters.RoundedValues++;
            }

            return rounded;
        }
    }

    private sealed class DateColumn<TRow>(ExportColumn info, Func<TRow, LocalDate?> get) : Column<TRow>(info)
    {
        private static readonly LocalDatePattern s_iso = LocalDatePattern.Iso;

        internal override DataField Field { get; } = new DataField<DateOnly?>(info.Name);

        internal override ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters) =>
            new StructBuffer<TRow, DateOnly>(capacity, row => get(row)?.ToDateOnly(), Field);

        internal override void WriteJson(Utf8JsonWriter json, TRow row)
        {
            if (get(row) is { } value)
            {
                json.WriteString(Info.Name, s_iso.Format(value));
            }
        }

        internal override string? Text(TRow row) => get(row) is { } value ? s_iso.Format(value) : null;
    }

    private sealed class StructBuffer<TRow, T>(int capacity, Func<TRow, T?> get, DataField field) : ColumnBuffer<TRow>
        where T : struct
    {
        private readonly T?[] _values = new T?[capacity];

        internal override void Set(int index, TRow row) => _values[index] = get(row);

        internal override Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken) =>
            writer.WriteAsync<T>(field, _values.AsMemory(0, count), cancellationToken: cancellationToken);

        // Values hold no references; nothing to drop.
        internal override void Clear(int count)
        {
        }
    }
}
