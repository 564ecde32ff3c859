// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using NodaTime;

namespace Bulletin.Model.Validation;

/// <summary>An exchange rate a caller supplies for checking conversions: <see cref="Rate"/> units of <see cref="Quote"/> per unit of <see cref="Base"/>.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Base">The ISO 4217 code of the base currency (<c>USD</c>).</param>
/// <param name="Quote">The ISO 4217 code of the quote currency (<c>CNY</c>).</param>
/// <param name="Rate">How many units of the quote currency one unit of the base currency buys.</param>
/// <param name="Date">The day the rate applies to, when known.</param>
public sealed record ExchangeRate(string Base, string Quote, decimal Rate, LocalDate? Date)
{
    /// <summary>Gets the base currency.</summary>
    public string Base { get; } = Base;

    /// <summary>Gets the quote currency.</summary>
    public string Quote { get; } = Quote;

    /// <summary>Gets the rate.</summary>
    public decimal Rate { get; } = Rate;

    /// <summary>Gets the day the rate applies to.</summary>
    public LocalDate? Date { get; } = Date;
}
