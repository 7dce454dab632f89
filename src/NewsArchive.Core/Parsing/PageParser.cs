using System;
using System.Collections.Generic;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Cuts one page of the archive's markup into articles: kicker, headline, subtitle, bylines, dateline, event date,
/// and the body (see <see cref="BodyReader"/>): paragraphs mended across column breaks, intertitles, captions and
/// continuation notes. Stateless and thread-safe.</summary>
public static class PageParser
{
    /// <summary>Bumped whenever the parser's output changes, so stored pages can be told apart for re-analysis.</summary>
    public const int Version = 6;

    private const int MaxKickerLength = 60;
    private const int MaxSubtitleLength = 100;
    private const int HeaderSearchBlocks = 6;

    /// <summary>Parses page text. <paramref name="issueDate"/> resolves relative dates (昨日); it may be null when unknown.</summary>
    /// <exception cref="PageFormatException">The text has no headline.</exception>
    public static ParsedPage Parse(string text, DateTime? issueDate)
    {
        text = Normalize(text);
        var frontMatter = FrontMatterReader.Take(ref text);
        var blocks = PageBlock.Split(text);
        var layout = PageLayout.Measure(blocks);
        var headlines = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // A headline straight after another is part of the same head (see ReadDecks), not a new article.
            if (blocks[i].IsHeadline && !(i > 0 && blocks[i - 1].IsHeadline))
            {
                headlines.Add(i);
            }
        }

        if (headlines.Count == 0)
        {
            throw new PageFormatException(PageError.NoHeadline,
                "The page has no headline (a line starting with '# ' or '## '), so it cannot be split into articles.");
        }

        var articles = new List<ParsedArticle>();
        var segmentStart = 0;
        for (var h = 0; h < headlines.Count; h++)
        {
            var headline = headlines[h];
            var kicker = headline - 1 >= segmentStart && IsKicker(blocks[headline - 1]) ? headline - 1 : -1;
            var previousEnd = kicker >= 0 ? kicker : headline;
            if (h == 0 && previousEnd > 0)
            {
                AddIfAny(articles, BuildUntitled(blocks, 0, previousEnd, layout, issueDate));
            }
            else if (h > 0)
            {
                AddIfAny(articles, BuildTitled(blocks, headlines[h - 1], segmentStart, previousEnd, layout, issueDate));
            }

            segmentStart = kicker >= 0 ? kicker : headline;
        }

        AddIfAny(articles, BuildTitled(blocks, headlines[headlines.Count - 1], segmentStart, blocks.Count, layout, issueDate));
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i].Sequence = i + 1;
        }

        return new ParsedPage(frontMatter, articles);
    }

    /// <summary>The page's front matter alone, for callers that need its newspaper and date before parsing.</summary>
    public static FrontMatter ReadFrontMatter(string text)
    {
        text = Normalize(text);
        return FrontMatterReader.Take(ref text);
    }

    private static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        return text.IndexOf('\r') >= 0 ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static void AddIfAny(List<ParsedArticle> articles, ParsedArticle? article)
    {
        if (article is not null)
        {
            articles.Add(article);
        }
    }

    /// <summary>A kicker (引题) is the short line just above a headline that leads into it ("…会议上强调——"); a line that
    /// ends a sentence belongs to the story before.</summary>
    private static bool IsKicker(PageBlock block)
    {
        if (!block.IsText || block.Lines.Count > 2 || BylineParser.StartsWithMark(block.Lines[0].Text))
        {
            return false;
        }

        var text = block.Join(" ");
        if (text.Length > MaxKickerLength + 20)
        {
            return false;
        }

        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith("—", StringComparison.Ordinal) || trimmed.EndsWith("：", StringComparison.Ordinal))
        {
            return true;
        }

        // A credit or caption closing the story above ("张汉民 摄") is not a kicker either.
        return text.Length <= MaxKickerLength && !Flow.EndsSentence(text) && !BylineParser.TryParseBlock(block, out _) &&
               !CaptionReader.TryRead(block, text, null, new List<string>(), new List<Byline>());
    }

    private static ParsedArticle? BuildUntitled(List<PageBlock> blocks, int start, int end, PageLayout layout, DateTime? issueDate)
    {
        var article = new ParsedArticle();
        BodyReader.Read(article, blocks, start, end, layout, issueDate);
        return article.Paragraphs.Count > 0 ? article : null;
    }

    /// <summary>Builds the article whose kicker (if any) starts at <paramref name="start"/> and headline stands at
    /// <paramref name="headline"/>; its blocks run to <paramref name="end"/> (exclusive).</summary>
    private static ParsedArticle BuildTitled(List<PageBlock> blocks, int headline, int start, int end, PageLayout layout, DateTime? issueDate)
    {
        var article = new ParsedArticle
        {
            Kicker = start < headline ? Markup.StripEmphasis(blocks[start].Join(" ")).Trim() : null,
            Title = blocks[headline].Lines[0].Text,
        };

        var subtitles = new List<string>();
        var bodyStart = ReadHeader(article, blocks, ReadDecks(article, blocks, headline, end, subtitles), end, subtitles);
        BodyReader.Read(article, blocks, bodyStart, end, layout, issueDate);
        return article;
    }

    /// <summary>Reads subtitle and byline blocks after a headline; returns the index of the first body block.
    /// Subtitle lines are only told from body text by what follows them: a byline, or a dateline-led paragraph.</summary>
    /// <summary>Reads headline lines that follow the headline directly: a head set over two lines at the same level is one
    /// title ("# 抓牢三月份" / "# 奋战一百天"); a smaller deck below it is a subtitle (副题); a larger one below a smaller line
    /// makes that line the kicker (引题) and itself the title. Returns the index of the first block after the head.</summary>
    private static int ReadDecks(ParsedArticle article, List<PageBlock> blocks, int headline, int end, List<string> subtitles)
    {
        var level = blocks[headline].HeadingLevel;
        var index = headline + 1;
        for (; index < end && blocks[index].IsHeadline; index++)
        {
            var deck = blocks[index];
            var text = deck.Lines[0].Text;
            if (deck.HeadingLevel == level)
            {
                article.Title += " " + text;
            }
            else if (deck.HeadingLevel > level)
            {
                subtitles.Add(text);
            }
            else
            {
                article.Kicker ??= article.Title;
                article.Title = text;
                level = deck.HeadingLevel;
            }
        }

        return index;
    }

    private static int ReadHeader(ParsedArticle article, List<PageBlock> blocks, int first, int end, List<string> subtitles)
    {
        var anchor = -1;
        var limit = Math.Min(end, first + HeaderSearchBlocks);
        for (var i = first; i < limit && anchor < 0; i++)
        {
            if (blocks[i].IsText && (BylineParser.TryParseHeaderBlock(blocks[i], out _) || StartsWithDateline(blocks[i])))
            {
                anchor = i;
            }
        }

        var index = first;
        for (; index < end; index++)
        {
            var block = blocks[index];
            if (block.HeadingLevel >= 3)
            {
                subtitles.Add(block.Lines[0].Text);
                continue;
            }

            if (index >= anchor || block.IsHeadline || BodyReader.OpensPreface(block))
            {
                break;
            }

            if (CaptionReader.TryRead(block, Markup.StripEmphasis(block.Join(" ")), blocks[index + 1 < end ? index + 1 : index], article.Captions, article.Bylines))
            {
                continue;
            }

            var line = Markup.StripEmphasis(block.Join(" ")).Trim();
            if (line.Length > MaxSubtitleLength)
            {
                break;
            }

            subtitles.Add(line);
        }

        while (index < end && blocks[index].IsText && BylineParser.TryParseHeaderBlock(blocks[index], out var bylines))
        {
            article.Bylines.AddRange(bylines);
            index++;
        }

        article.Subtitle = subtitles.Count > 0 ? string.Join(" ", subtitles) : null;
        return index;
    }

    private static bool StartsWithDateline(PageBlock block)
    {
        var lead = block.Lines[0].Text;
        return DatelineParser.Take(ref lead, new List<Byline>()) is not null;
    }
}
