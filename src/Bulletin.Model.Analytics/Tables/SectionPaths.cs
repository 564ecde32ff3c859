// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>
/// The section each article of an issue stands in, as a path of headings joined with " / " (<c>动态 / 国内</c>); an
/// article outside every section has none. The export's <c>section</c> column and the tool's summary both show it.
/// </summary>
internal static class SectionPaths
{
    internal static Dictionary<Article, string> Of(BulletinIssue issue)
    {
        var paths = new Dictionary<Article, string>(ReferenceEqualityComparer.Instance);
        foreach (var section in issue.Sections)
        {
            Collect(section, section.Heading, paths);
        }

        return paths;
    }

    private static void Collect(Section section, string path, Dictionary<Article, string> into)
    {
        foreach (var article in section.Articles)
        {
            into.TryAdd(article, path);
        }

        foreach (var child in section.Sections)
        {
            Collect(child, path + " / " + child.Heading, into);
        }
    }
}
