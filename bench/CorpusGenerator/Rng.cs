namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>
/// SplitMix64. Implemented here rather than using System.Random because the corpus must be
/// byte-identical for a given seed on every runtime version, and Random's algorithm is not a contract.
/// </summary>
public sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>Independent stream for a sub-task (a page, the cast), so one part's draws never shift another's.</summary>
    public static Rng For(ulong seed, ulong stream, ulong index = 0) =>
        new(Mix(seed ^ Mix(stream * 0x9E3779B97F4A7C15UL + index + 1)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform integer in [min, max).</summary>
    public int Next(int min, int max)
    {
        if (max <= min) return min;
        // Lemire's multiply-shift: unbiased enough for corpus text and avoids a modulo per draw.
        ulong range = (ulong)(max - min);
        return min + (int)((UInt128)NextUInt64() * range >> 64);
    }

    public int Next(int max) => Next(0, max);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
