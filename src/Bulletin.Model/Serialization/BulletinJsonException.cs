// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Text.Json;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Thrown when JSON read as an archived issue is not one: not a JSON object, no <c>schemaVersion</c>, a schema
/// version this library does not know, or a value of the wrong shape. <see cref="JsonException.Path"/> names where.
/// </summary>
public sealed class BulletinJsonException : JsonException
{
    /// <summary>Initializes a new exception.</summary>
    public BulletinJsonException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BulletinJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BulletinJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception with a message, the JSON path and the cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public BulletinJsonException(string message, string? path, Exception? innerException)
        : base(path is null ? message : $"{message} Path: {path}.", path, null, null, innerException)
    {
    }
}
