using System;
using System.Collections.Generic;
using System.Text;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>Makes page files for fuzzing the import path: pages assembled from the markup's parts in random order and
/// amounts (headlines, kickers, bylines, datelines, front matter, emphasis, column breaks), then often mutated as text
/// (cuts, splices, stray markup, control characters), encoded several ways and sometimes damaged byte by byte. Deterministic for a seed.</summary>
internal sealed class PageFuzzer
{
    private static readonly string[] Fragments =
    {
        "# ", "## ", "### ", "#", "##", "**", "■", "●", "▲", "本报记者 ", "通讯员 ", "实习生 ", "本报讯 ", "**本报讯** ",
        "本报北京1月9日讯 ", "新华社北京3月13日电 ", "（记者 张 三）", "昨日，", "今天上午，", "3月12日，", "去年", "上月",
        "——", "：", "。", "！", "？", "…", "“", "”", "（", "）", "、", "，", "---", "newspaper: ", "date: ", "page: ",
        "2020-02-30", "2020-13-01", "9999-99-99", "第", "版", "\t", " ", "\u3000", "\u00A0", "\uFEFF", "\u200B", "\r", "\f",
        "市委书记", "市长", "邓群策", "衡阳日报", "1", "01", "0", "-1", "99999999999", "\U0001F600", "\uD800", "\uDC00",
    };

    private static readonly string[] Words =
    {
        "会议", "强调", "脱贫攻坚", "疫情防控", "全市", "工作", "群众", "发展", "经济", "项目", "建设", "推进", "落实", "企业", "学校",
    };

    private readonly Random _random;

    public PageFuzzer(int seed) => _random = new Random(seed);

    /// <summary>The next page file's bytes; <paramref name="samples"/> are real pages to mutate now and then.</summary>
    public byte[] Next(IReadOnlyList<string> samples)
    {
        var text = _random.Next(4) == 0 && samples.Count > 0 ? samples[_random.Next(samples.Count)] : Assemble();
        var mutations = _random.Next(3) == 0 ? 0 : 1 + _random.Next(6);
        for (var i = 0; i < mutations && text.Length > 0; i++)
        {
            text = MutateText(text);
        }

        var bytes = Encode(text);
        // Damage at the byte level is mostly refused by the decoder; a fifth of the pages get some, the rest test the parser.
        var damage = _random.Next(5) == 0 ? 1 + _random.Next(3) : 0;
        for (var i = 0; i < damage && bytes.Length > 0; i++)
        {
            bytes = MutateBytes(bytes);
        }

        return bytes;
    }

    private string MutateText(string text)
    {
        var at = _random.Next(text.Length);
        switch (_random.Next(6))
        {
            case 0:
                return text.Remove(at, Math.Min(text.Length - at, 1 + _random.Next(64)));
            case 1:
                return text.Insert(at, Pick(Fragments) + (_random.Next(2) == 0 ? "\n" : string.Empty));
            case 2:
                var length = Math.Min(text.Length - at, 1 + _random.Next(400));
                return text.Insert(_random.Next(text.Length), text.Substring(at, length));
            case 3:
                return text.Insert(at, ((char)_random.Next(32)).ToString());
            case 4:
                return text.Substring(0, at);
            default:
                return text.Insert(at, new string('\n', 1 + _random.Next(5)) + new string('#', _random.Next(8)) + " ");
        }
    }

    private string Assemble()
    {
        var page = new StringBuilder();
        if (_random.Next(4) == 0)
        {
            page.Append("---\nnewspaper: ").Append(Pick(Fragments)).Append("\ndate: ").Append(_random.Next(2) == 0 ? "2020-03-13" : Pick(Fragments))
                .Append("\npage: ").Append(Pick(Fragments)).Append(_random.Next(3) == 0 ? string.Empty : "\n---").Append('\n');
        }

        var blocks = _random.Next(40);
        for (var b = 0; b < blocks; b++)
        {
            switch (_random.Next(7))
            {
                case 0:
                    page.Append(_random.Next(2) == 0 ? "# " : "## ").Append(Sentence(false)).Append('\n');
                    break;
                case 1:
                    page.Append("■").Append(Pick(new[] { "本报记者 ", "通讯员 ", "记者 ", string.Empty })).Append(Name()).Append(' ').Append(Name()).Append('\n');
                    break;
                case 2:
                    page.Append(Pick(new[] { "**本报讯** ", "本报讯 ", "新华社北京1月9日电 ", "本报衡阳3月12日讯 " })).Append(Sentence(true)).Append('\n');
                    break;
                case 3:
                    page.Append(Sentence(false)).Append("——\n");
                    break;
                default:
                    page.Append(Sentence(_random.Next(4) != 0)).Append('\n');
                    break;
            }

            if (_random.Next(3) != 0)
            {
                page.Append('\n');
            }
        }

        return page.ToString();
    }

    private string Sentence(bool ends)
    {
        var sentence = new StringBuilder();
        var parts = 1 + _random.Next(30);
        for (var i = 0; i < parts; i++)
        {
            sentence.Append(_random.Next(5) == 0 ? Pick(Fragments) : Pick(Words));
        }

        return ends ? sentence.Append('。').ToString() : sentence.ToString();
    }

    private string Name() => new(new[] { (char)(0x4E00 + _random.Next(0x5000)), (char)(0x4E00 + _random.Next(0x5000)) });

    private byte[] Encode(string text) => _random.Next(10) switch
    {
        0 => Encoding.GetEncoding("GB18030").GetBytes(text),
        1 => Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(text)),
        2 => Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(text)),
        3 => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private byte[] MutateBytes(byte[] bytes)
    {
        var list = new List<byte>(bytes);
        var at = _random.Next(list.Count);
        switch (_random.Next(4))
        {
            case 0:
                list[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                list.RemoveRange(at, Math.Min(list.Count - at, 1 + _random.Next(8)));
                break;
            case 2:
                list.Insert(at, (byte)_random.Next(256));
                break;
            default:
                list.RemoveRange(at, list.Count - at);
                break;
        }

        return list.ToArray();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var all = new byte[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
