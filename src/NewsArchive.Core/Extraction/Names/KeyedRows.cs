using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Row numbers of 32-bit keys (character pairs) in an open-addressing table: the recogniser looks up two pairs
/// per character of every page, and a flat array of keys probed linearly costs a fraction of a Dictionary look-up.
/// Key 0 (two NUL characters, which normalisation never produces) marks an empty slot.</summary>
internal sealed class KeyedRows
{
    private const uint Empty = 0;
    private const uint GoldenRatio = 2654435769u;

    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <param name="keysInRowOrder">The keys; a key's row is its index.</param>
    public KeyedRows(IReadOnlyList<uint> keysInRowOrder)
    {
        // At most half full, so a probe ends within a step or two.
        var bits = 4;
        while ((1 << bits) < keysInRowOrder.Count * 2)
        {
            bits++;
        }

        _keys = new uint[1 << bits];
        _rows = new int[1 << bits];
        _shift = 32 - bits;
        Keys = keysInRowOrder;
        for (var row = 0; row < keysInRowOrder.Count; row++)
        {
            var slot = Slot(keysInRowOrder[row]);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = keysInRowOrder[row];
            _rows[slot] = row;
        }
    }

    public IReadOnlyList<uint> Keys { get; }

    public int Count => Keys.Count;

    /// <summary>The key's row, or -1 for a key never seen in training.</summary>
    public int RowOf(uint key)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & (_keys.Length - 1))
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == Empty)
            {
                return -1;
            }
        }
    }

    private int Slot(uint key) => (int)((key * GoldenRatio) >> _shift);
}
