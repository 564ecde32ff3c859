// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Utility;

/// <summary>
/// The CRC-32 of zip files (IEEE 802.3, reflected, polynomial 0xEDB88320). <c>ZipArchive</c> does not check an
/// entry's CRC when it is read, so the archive reader does, rather than read a corrupted issue as a good one.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] s_table = CreateTable();

    internal static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
