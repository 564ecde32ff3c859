// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Parsing;

/// <summary>The parts of a dateline read from text, before its span is known.</summary>
internal readonly record struct DatelineParts(string Agency, string? Place, PartialDate? Date, ImmutableArray<string> Reporters);
