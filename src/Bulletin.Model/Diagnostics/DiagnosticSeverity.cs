// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong with the result.</summary>
    Info,

    /// <summary>Something in the source is probably wrong or was read with a guess; the result stands.</summary>
    Warning,

    /// <summary>Something could not be read; the part concerned is missing from the result.</summary>
    Error,
}
