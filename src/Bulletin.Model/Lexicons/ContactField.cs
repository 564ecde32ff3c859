// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Lexicons;

/// <summary>The field of a contact block a label fills.</summary>
internal enum ContactField
{
    Phone,
    Fax,
    Email,
    Address,
    PostalCode,
    Web,
    Weibo,
    WeChat,
}
