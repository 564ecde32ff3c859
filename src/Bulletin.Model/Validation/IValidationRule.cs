// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Validation;

/// <summary>
/// A validation rule: a stable id, a default severity, a title, and a check that reports what it finds
/// through the context. Implement it to add a rule of your own and pass it in <see cref="ValidationOptions"/>.
/// </summary>
/// <remarks>Rules must be stateless: one instance checks many issues, possibly at once on several threads.</remarks>
public interface IValidationRule
{
    /// <summary>Gets the rule's stable id (<c>BLT2103</c>); ids of your own rules should use another prefix.</summary>
    string Id { get; }

    /// <summary>Gets the severity the rule reports with unless the options change it.</summary>
    DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets a short title for reports and documentation.</summary>
    string Title { get; }

    /// <summary>Checks an issue and reports each problem through <paramref name="context"/>.</summary>
    /// <param name="context">The issue and the means to report.</param>
    void Validate(ValidationContext context);
}
