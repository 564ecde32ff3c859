// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Serialization;

/// <summary>
/// Writes issues as versioned JSON archives and reads them back. The root holds <c>schemaVersion</c>; names are
/// camelCase; dates are ISO 8601 strings; unknown properties are ignored when reading.
/// </summary>
/// <threadsafety>All members are safe to call from any thread.</threadsafety>
public static class BulletinJson
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>The oldest schema version this library reads; older archives are upgraded as they are read.</summary>
    public const int OldestSchemaVersion = 1;

    private static readonly JsonTypeInfo<BulletinIssue> s_issue = CreateTypeInfo();

    /// <summary>Gets serializer options that read and write the model with the source-generated context.</summary>
    /// <returns>Options a caller may pass to <see cref="JsonSerializer"/>; they are read-only.</returns>
    public static JsonSerializerOptions Options => s_issue.Options;

    /// <summary>Serializes an issue to its archived JSON text.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public static string Serialize(BulletinIssue issue) => JsonSerializer.Serialize(Preconditions.CheckNotNull(issue), s_issue);

    /// <summary>Serializes an issue to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">The stream written to.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the issue is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Task SerializeAsync(Stream stream, BulletinIssue issue, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(stream), Preconditions.CheckNotNull(issue), s_issue, cancellationToken);

    /// <summary>Reads an archived issue from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="BulletinJsonException">The JSON is not an archived issue of a known schema version.</exception>
    public static BulletinIssue Deserialize(string json) => Deserialize(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)));

    /// <summary>Reads an archived issue from UTF-8 JSON, upgrading an older schema version.</summary>
    /// <param name="utf8Json">The JSON bytes, with or without a byte-order mark.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="BulletinJsonException">
    /// The JSON is not an archived issue, or it was written by a newer schema version than this library reads.
    /// </exception>
    public static BulletinIssue Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        var version = ReadSchemaVersion(utf8Json);
        if (version > CurrentSchemaVersion)
        {
            throw new BulletinJsonException(
                $"The archive has schema version {version}, written by a newer Bulletin.Model; this library reads versions {OldestSchemaVersion} to {CurrentSchemaVersion}. Update the package to read it.",
                "$.schemaVersion",
                null);
        }

        if (version < OldestSchemaVersion)
        {
            throw new BulletinJsonException(
                $"The archive has schema version {version}, which no Bulletin.Model ever wrote; this library reads versions {OldestSchemaVersion} to {CurrentSchemaVersion}.",
                "$.schemaVersion",
                null);
        }

        try
        {
            var issue = version == CurrentSchemaVersion
                ? JsonSerializer.Deserialize(utf8Json, s_issue)
                : Upgrade(utf8Json, version).Deserialize(s_issue);
            if (issue is null)
            {
                throw new BulletinJsonException("The JSON is null, not an archived issue.", "$", null);
            }

            IssueInvariants.Check(issue);
            return issue;
        }
        catch (BulletinJsonException)
        {
            throw;
        }
        catch (JsonException ex)
        {
            throw new BulletinJsonException("The JSON is not a valid archived issue: " + ex.Message, ex.Path ?? "$", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new BulletinJsonException("The JSON holds a value the model does not accept: " + ex.Message, "$", ex);
        }
    }

    /// <summary>Reads an archived issue from a stream of UTF-8 JSON to its end; blocks while it reads.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="BulletinJsonException">The JSON is not an archived issue this library reads.</exception>
    public static BulletinIssue Deserialize(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var content = StreamContent.Read(stream);
        return Deserialize(content.Bytes);
    }

    /// <summary>Reads an archived issue from a stream of UTF-8 JSON to its end, upgrading an older schema version.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="BulletinJsonException">The JSON is not an archived issue this library reads.</exception>
    public static async Task<BulletinIssue> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        using var content = await StreamContent.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        return Deserialize(content.Bytes);
    }

    /// <summary>Reads the <c>schemaVersion</c> at the root without reading the rest.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The schema version.</returns>
    /// <exception cref="BulletinJsonException">The root is not an object or has no numeric <c>schemaVersion</c>.</exception>
    public static int ReadSchemaVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new BulletinJsonException("An archived issue is a JSON object; this JSON is not.", "$", null);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("schemaVersion"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
                    {
                        throw new BulletinJsonException("schemaVersion must be an integer.", "$.schemaVersion", null);
                    }

                    return version;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException ex) when (ex is not BulletinJsonException)
        {
            throw new BulletinJsonException("The text is not valid JSON: " + ex.Message, "$", ex);
        }

        throw new BulletinJsonException("The JSON has no schemaVersion: it is not an archived issue.", "$", null);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static JsonObject Upgrade(ReadOnlySpan<byte> utf8Json, int version)
    {
        var root = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        SchemaMigrations.Upgrade(root, version);
        return root;
    }

    private static JsonTypeInfo<BulletinIssue> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(BulletinJsonContext.Default.Options)
        {
            // Archives are data files, not HTML: keep Chinese text readable instead of \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new LocalDateConverter());
        options.Converters.Add(new LocalDateTimeConverter());
        options.Converters.Add(new PartialDateConverter());
        options.Converters.Add(new SourceSpanConverter());
        options.Converters.Add(new JsonStringEnumConverter<DocumentKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<ScriptKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<BlockKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<SideMatterKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<ClaimKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<ClaimQualifier>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<ClaimModality>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<ClaimRelationKind>(JsonNamingPolicy.CamelCase));
        var context = new BulletinJsonContext(options);
        options.MakeReadOnly();
        return context.BulletinIssue;
    }
}
