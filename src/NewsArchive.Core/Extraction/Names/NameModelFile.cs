using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Reads and writes a model as one deflated binary file: the lexicon, the keys of each feature block in row
/// order, and the weights quantised to 16 bits with one scale per block kind (each weight moves by at most half of
/// 1/32767 of its block's largest weight).</summary>
internal static class NameModelFile
{
    private const string Magic = "NANM";
    private const int Version = 2;
    private const float QuantisationSteps = short.MaxValue;

    public static void Write(NameModel model, Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(model.Temperature);
        WriteLexicon(writer, model.Space.Lexicon);
        var space = model.Space;
        WriteKeys(writer, space.Chars, c => writer.Write((ushort)c));
        WriteKeys(writer, space.Pairs.Keys, writer.Write);
        WriteKeys(writer, space.Skips.Keys, writer.Write);
        WriteFloats(writer, model.Transitions);
        WriteFloats(writer, model.Starts);
        foreach (var (from, to) in Sections(space))
        {
            WriteQuantised(writer, model.Weights, from, to);
        }
    }

    public static NameModel Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
        var version = reader.ReadInt32();
        if (magic != Magic || version != Version)
        {
            throw new InvalidDataException($"Not a person-name model of version {Version} (read '{magic}' version {version}).");
        }

        var temperature = reader.ReadDouble();
        var lexicon = ReadLexicon(reader);
        var chars = ReadKeys(reader, () => (char)reader.ReadUInt16());
        var pairs = ReadKeys(reader, reader.ReadUInt32);
        var skips = ReadKeys(reader, reader.ReadUInt32);
        var space = new NameFeatureSpace(chars, pairs, skips, lexicon);
        var transitions = ReadFloats(reader);
        var starts = ReadFloats(reader);
        var weights = new float[space.Size];
        foreach (var (from, to) in Sections(space))
        {
            ReadQuantised(reader, weights, from, to);
        }

        return new NameModel(space, weights, transitions, starts, temperature);
    }

    /// <summary>The weight vector's blocks of one kind, each quantised on its own scale.</summary>
    private static IEnumerable<(int From, int To)> Sections(NameFeatureSpace space)
    {
        yield return (0, space.PairOffset);
        yield return (space.PairOffset, space.SkipOffset);
        yield return (space.SkipOffset, space.LexiconOffset);
        yield return (space.LexiconOffset, space.Size);
    }

    private static void WriteLexicon(BinaryWriter writer, NameLexicon lexicon)
    {
        writer.Write(lexicon.Classes.Count);
        foreach (var entry in lexicon.Classes)
        {
            writer.Write((ushort)entry.Key);
            writer.Write(entry.Value.Surname);
            writer.Write(entry.Value.Given);
            writer.Write(entry.Value.NameRatio);
        }

        var compounds = new List<uint>(lexicon.CompoundSurnames);
        writer.Write(compounds.Count);
        foreach (var key in compounds)
        {
            writer.Write(key);
        }
    }

    private static NameLexicon ReadLexicon(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<char, CharacterClasses>(count);
        for (var k = 0; k < count; k++)
        {
            var c = (char)reader.ReadUInt16();
            classes[c] = new CharacterClasses(reader.ReadByte(), reader.ReadByte(), reader.ReadByte());
        }

        var compoundCount = reader.ReadInt32();
        var compounds = new HashSet<uint>();
        for (var k = 0; k < compoundCount; k++)
        {
            compounds.Add(reader.ReadUInt32());
        }

        return new NameLexicon(classes, compounds);
    }

    private static void WriteKeys<TKey>(BinaryWriter writer, IReadOnlyList<TKey> keysInRowOrder, Action<TKey> write)
    {
        writer.Write(keysInRowOrder.Count);
        foreach (var key in keysInRowOrder)
        {
            write(key);
        }
    }

    private static TKey[] ReadKeys<TKey>(BinaryReader reader, Func<TKey> read)
    {
        var keys = new TKey[reader.ReadInt32()];
        for (var row = 0; row < keys.Length; row++)
        {
            keys[row] = read();
        }

        return keys;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = reader.ReadSingle();
        }

        return values;
    }

    private static void WriteQuantised(BinaryWriter writer, float[] weights, int from, int to)
    {
        var max = 0f;
        for (var k = from; k < to; k++)
        {
            max = Math.Max(max, Math.Abs(weights[k]));
        }

        var scale = max > 0 ? max / QuantisationSteps : 1f;
        writer.Write(scale);
        for (var k = from; k < to; k++)
        {
            writer.Write((short)Math.Round(weights[k] / scale));
        }
    }

    private static void ReadQuantised(BinaryReader reader, float[] weights, int from, int to)
    {
        var scale = reader.ReadSingle();
        // One read of the whole block: reading millions of values one by one through the inflater dominates load time.
        var bytes = reader.ReadBytes((to - from) * sizeof(short));
        if (bytes.Length != (to - from) * sizeof(short))
        {
            throw new InvalidDataException("The person-name model file is truncated.");
        }

        for (var k = from; k < to; k++)
        {
            var at = (k - from) * sizeof(short);
            weights[k] = (short)(bytes[at] | (bytes[at + 1] << 8)) * scale;
        }
    }
}
