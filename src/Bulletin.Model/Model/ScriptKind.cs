// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>Which Chinese script a document is written in.</summary>
public enum ScriptKind
{
    /// <summary>Too little Chinese text to tell.</summary>
    Unknown,

    /// <summary>Simplified characters.</summary>
    Simplified,

    /// <summary>Traditional characters.</summary>
    Traditional,

    /// <summary>Both scripts in comparable measure.</summary>
    Mixed,
}
