// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Bulletin.Model.Claims;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// The root of one parsed document: an issue of a bulletin, a paper, a single article or a page of news.
/// A document that is not an issue keeps the same shape with what it has; nothing is invented.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Kind">What kind of document this is.</param>
/// <param name="Script">Which Chinese script the document is written in.</param>
/// <param name="Publication">The periodical, as the masthead names it.</param>
/// <param name="Year">The year of the issue (<c>2024 年第 7 期</c> gives 2024), when stated.</param>
/// <param name="Number">The number of the issue within its year, when stated.</param>
/// <param name="CumulativeNumber">The cumulative number (<c>总第 33 期</c>), when stated.</param>
/// <param name="PublishedOn">The publication date printed on the masthead, when stated.</param>
/// <param name="Contents">The table of contents, top-level entries in order.</param>
/// <param name="Sections">The body's sections, in order.</param>
/// <param name="Articles">The articles that stand outside any section, in order.</param>
/// <param name="Distribution">The recipients of a distribution list (<c>印送：…</c>).</param>
/// <param name="Contact">The contact block, when there is one.</param>
/// <param name="SideMatter">Text around the document that belongs to the page or platform.</param>
/// <param name="Claims">Every quantified claim of the document, in reading order.</param>
/// <param name="Source">The file the issue was read from, when it was read from bytes or a file.</param>
public sealed record BulletinIssue(
    DocumentKind Kind,
    ScriptKind Script,
    Publication Publication,
    int? Year,
    int? Number,
    int? CumulativeNumber,
    LocalDate? PublishedOn,
    ImmutableArray<ContentsEntry> Contents,
    ImmutableArray<Section> Sections,
    ImmutableArray<Article> Articles,
    ImmutableArray<string> Distribution,
    ContactInfo? Contact,
    ImmutableArray<SideMatter> SideMatter,
    ImmutableArray<QuantifiedClaim> Claims,
    DocumentSource? Source = null)
{
    /// <summary>Gets what kind of document this is.</summary>
    public DocumentKind Kind { get; } = Kind;

    /// <summary>Gets which Chinese script the document is written in.</summary>
    public ScriptKind Script { get; } = Script;

    /// <summary>Gets the year of the issue (<c>2024 年第 7 期</c> gives 2024), when stated.</summary>
    public int? Year { get; } = Year;

    /// <summary>Gets the number of the issue within its year, when stated.</summary>
    public int? Number { get; } = Number;

    /// <summary>Gets the cumulative number (<c>总第 33 期</c>), when stated.</summary>
    public int? CumulativeNumber { get; } = CumulativeNumber;

    /// <summary>Gets the publication date printed on the masthead, when stated.</summary>
    public LocalDate? PublishedOn { get; } = PublishedOn;

    /// <summary>Gets the contact block, when there is one.</summary>
    public ContactInfo? Contact { get; } = Contact;

    /// <summary>Gets the document's own title, where it states one apart from its articles' titles (a report's or a
    /// release's title, a front-matter <c>title:</c>); <see langword="null"/> otherwise.</summary>
    /// <remarks>Added in schema version 3.</remarks>
    public string? Title { get; init; }

    /// <summary>Gets the volume (<c>第113卷</c>), for periodicals numbered by volume and issue.</summary>
    /// <remarks>Added in schema version 3.</remarks>
    public int? Volume { get; init; }

    /// <summary>Gets the file the issue was read from, when it was read from bytes or a file.</summary>
    public DocumentSource? Source { get; } = Source;

    /// <summary>Gets the version of the archive schema this model is written in.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion => Serialization.BulletinJson.CurrentSchemaVersion;

    /// <summary>Gets the periodical.</summary>
    public Publication Publication { get; } = Publication ?? Publication.Unknown;

    /// <summary>Gets the top-level contents entries.</summary>
    public ImmutableArray<ContentsEntry> Contents { get; } = Contents.OrEmpty();

    /// <summary>Gets the body's sections.</summary>
    public ImmutableArray<Section> Sections { get; } = Sections.OrEmpty();

    /// <summary>Gets the articles outside any section.</summary>
    public ImmutableArray<Article> Articles { get; } = Articles.OrEmpty();

    /// <summary>Gets the recipients of the distribution list.</summary>
    public ImmutableArray<string> Distribution { get; } = Distribution.OrEmpty();

    /// <summary>Gets the side matter.</summary>
    public ImmutableArray<SideMatter> SideMatter { get; } = SideMatter.OrEmpty();

    /// <summary>Gets every quantified claim of the document, in reading order.</summary>
    public ImmutableArray<QuantifiedClaim> Claims { get; } = Claims.OrEmpty();

    /// <summary>
    /// Returns a one-line summary for people: publication, number, date in ISO form and counts
    /// (<c>海港简报 2026 No. 4 (总第 41 期), 2026-04-20: 3 articles, 12 claims</c>), never the record's raw members.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder(Publication.Name ?? Kind.ToString());
        if (Year is { } year)
        {
            text.Append(' ').Append(year.ToString(CultureInfo.InvariantCulture));
        }

        if (Volume is { } volume)
        {
            text.Append(" Vol. ").Append(volume.ToString(CultureInfo.InvariantCulture));
        }

        if (Number is { } number)
        {
            text.Append(" No. ").Append(number.ToString(CultureInfo.InvariantCulture));
        }

        if (CumulativeNumber is { } cumulative)
        {
            text.Append(" (总第 ").Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append(" 期)");
        }

        if (PublishedOn is { } date)
        {
            text.Append(", ").Append(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        var articles = EnumerateArticles().Count;
        return text.Append(": ").Append(articles.ToString(CultureInfo.InvariantCulture)).Append(articles == 1 ? " article, " : " articles, ")
            .Append(Claims.Length.ToString(CultureInfo.InvariantCulture)).Append(Claims.Length == 1 ? " claim" : " claims").ToString();
    }

    /// <summary>Returns this issue with other claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>A new issue.</returns>
    public BulletinIssue WithClaims(ImmutableArray<QuantifiedClaim> claims) =>
        new(Kind, Script, Publication, Year, Number, CumulativeNumber, PublishedOn, Contents, Sections, Articles, Distribution, Contact, SideMatter, claims, Source)
        {
            Title = Title,
            Volume = Volume,
        };

    /// <summary>Returns this issue with another record of where it came from.</summary>
    /// <param name="source">The source, or <see langword="null"/> to drop it.</param>
    /// <returns>A new issue.</returns>
    public BulletinIssue WithSource(DocumentSource? source) =>
        new(Kind, Script, Publication, Year, Number, CumulativeNumber, PublishedOn, Contents, Sections, Articles, Distribution, Contact, SideMatter, Claims, source)
        {
            Title = Title,
            Volume = Volume,
        };

    /// <summary>Enumerates every article of the document, in sections or not, in reading order.</summary>
    /// <returns>The articles in the order they stand in the source.</returns>
    public IReadOnlyList<Article> EnumerateArticles()
    {
        var all = new List<Article>(Articles);
        foreach (var section in Sections)
        {
            Collect(section, all);
        }

        all.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return all;

        static void Collect(Section section, List<Article> into)
        {
            into.AddRange(section.Articles);
            foreach (var child in section.Sections)
            {
                Collect(child, into);
            }
        }
    }

    /// <summary>Enumerates every contents entry, nested ones included, in reading order.</summary>
    /// <returns>The entries, each parent before its children.</returns>
    public IEnumerable<ContentsEntry> EnumerateContents()
    {
        var stack = new Stack<ContentsEntry>();
        for (var i = Contents.Length - 1; i >= 0; i--)
        {
            stack.Push(Contents[i]);
        }

        while (stack.Count > 0)
        {
            var entry = stack.Pop();
            yield return entry;
            for (var i = entry.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(entry.Children[i]);
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(BulletinIssue? other) =>
        other is not null && Kind == other.Kind && Script == other.Script && Publication == other.Publication &&
        Year == other.Year && Number == other.Number && CumulativeNumber == other.CumulativeNumber &&
        PublishedOn == other.PublishedOn && Contact == other.Contact && Source == other.Source &&
        Title == other.Title && Volume == other.Volume &&
        Equality.Sequence(Contents, other.Contents) && Equality.Sequence(Sections, other.Sections) &&
        Equality.Sequence(Articles, other.Articles) && Equality.Sequence(Distribution, other.Distribution) &&
        Equality.Sequence(SideMatter, other.SideMatter) && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Publication, Year, Number, CumulativeNumber, PublishedOn, Equality.Hash(Sections), Equality.Hash(Articles));
}
