// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using NodaTime;

namespace Bulletin.Model.Parsing;

/// <summary>What the masthead said, collected before it is frozen into the model.</summary>
internal sealed class MastheadBucket
{
    internal string? Name { get; set; }

    internal string? Frequency { get; set; }

    internal string? Publisher { get; set; }

    internal string? Editor { get; set; }

    internal string? Classification { get; set; }

    internal int? Year { get; set; }

    internal int? Number { get; set; }

    internal int? CumulativeNumber { get; set; }

    internal int? Volume { get; set; }

    internal LocalDate? PublishedOn { get; set; }

    internal bool HasIssueNumber => Number is not null || CumulativeNumber is not null;

    internal Publication ToPublication() => new(Name, Frequency, Publisher, Editor, Classification);
}
