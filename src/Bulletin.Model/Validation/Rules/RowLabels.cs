// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Linq;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// The row labels of an issue's tables, indexed once so that a text figure's subject finds the row it names without
/// measuring its longest shared run with every label: labels of three characters or more are found through the
/// three-character runs they share with the subject, the few shorter ones are tried directly.
/// </summary>
internal sealed class RowLabels
{
    // The run a subject must share with a label before it can be said to name it rather than the total.
    internal const int MinRowName = 3;

    private readonly List<string> _labels;
    private readonly List<int> _short = [];
    // Each run's labels, as a chain through one list (the latest label first) rather than a list per run.
    private readonly Dictionary<(char, char, char), int> _runs = [];
    private readonly List<(int Label, int Next)> _holders = [];

    // Reused by each read: one index is read by one rule run on one thread.
    private readonly bool[] _candidate;

    internal RowLabels(IEnumerable<string> labels)
    {
        // Longest first, then in ordinal order: where two labels of one length both stand whole in a subject, the
        // later is the row (the order the rule has always used).
        _labels = [.. labels.Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal)];
        _candidate = new bool[_labels.Count];
        for (var i = 0; i < _labels.Count; i++)
        {
            var label = _labels[i];
            if (label.Length < MinRowName)
            {
                _short.Add(i);
                continue;
            }

            for (var k = 0; k + MinRowName <= label.Length; k++)
            {
                var run = (label[k], label[k + 1], label[k + 2]);
                var head = _runs.GetValueOrDefault(run, -1);
                if (head < 0 || _holders[head].Label != i)
                {
                    _holders.Add((i, head));
                    _runs[run] = _holders.Count - 1;
                }
            }
        }
    }

    /// <summary>
    /// The row the subject names — the longest label it holds whole, when no label shares a longer run with it — and
    /// whether it shares fewer than <see cref="MinRowName"/> characters in a row with every label.
    /// </summary>
    internal (string? Row, bool SharesNoName) Read(string subject)
    {
        // Which labels can matter: every short one, and those that share a three-character run with the subject.
        Array.Clear(_candidate);
        foreach (var i in _short)
        {
            _candidate[i] = true;
        }

        var sharesName = false;
        for (var k = 0; k + MinRowName <= subject.Length; k++)
        {
            if (_runs.TryGetValue((subject[k], subject[k + 1], subject[k + 2]), out var at))
            {
                sharesName = true;
                for (; at >= 0; at = _holders[at].Next)
                {
                    _candidate[_holders[at].Label] = true;
                }
            }
        }

        string? row = null;
        for (var i = 0; i < _labels.Count; i++)
        {
            if (!_candidate[i])
            {
                continue;
            }

            var label = _labels[i];
            if (row is not null && label.Length < row.Length)
            {
                break;
            }

            if (subject.Contains(label, StringComparison.Ordinal))
            {
                row = label;
            }
        }

        // A longer label sharing a longer run than the row (制造业 in 电子设备制造业) leaves the row in doubt. A run of
        // three or more is shared only by a candidate; a shorter one is looked for in every longer label.
        if (row is not null)
        {
            for (var i = 0; i < _labels.Count && _labels[i].Length > row.Length; i++)
            {
                if ((_candidate[i] || row.Length + 1 < MinRowName) && FigureRule.SharesRun(_labels[i], subject, row.Length + 1))
                {
                    row = null;
                    break;
                }
            }
        }

        return (row, !sharesName);
    }
}
