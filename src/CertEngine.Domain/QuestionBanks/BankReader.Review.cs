using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.QuestionBanks;

internal sealed partial class BankReader
{
    // Bounds on what a review file may hold: the pool is read into every server's memory and shown to the panel.
    private const int MaxReviewQuestions = 2_000;
    private const int MaxQuestionPoints = 12;

    private void ReadReview(YamlSequence reviews)
    {
        foreach (var node in reviews.Items)
        {
            if (AsMapping(node, "review") is not { } mapping)
            {
                continue;
            }

            var reader = new MappingReader(mapping, "review", problems, "level", "minutes", "summary", "criteria", "questions");
            var level = reader.RequiredInt("level", 1, 5);
            var what = level is { } l ? $"review {l}" : "review";
            var minutes = reader.RequiredInt("minutes", 1, 24 * 60);
            var summary = reader.Mapping("summary", required: true) is { } s ? ReadReviewSummary(s, what) : null;
            var criteria = ReadCriteria(reader.Sequence("criteria", required: true), what, "guide", 100);
            var (draw, questions) = reader.Mapping("questions", required: true) is { } q ? ReadReviewQuestions(q, what) : (null, []);
            if (level is { } lv && minutes is { } m && summary is not null && draw is { } d)
            {
                draft.Reviews.Add(new ReviewMaterial(lv, m, summary, criteria, d, questions, reader.Location));
            }
        }
    }

    private ReviewSummary? ReadReviewSummary(YamlMapping mapping, string what)
    {
        var reader = new MappingReader(mapping, $"{what} summary", problems, "kinds", "min-chars", "requirements");
        var kinds = Texts(reader, "kinds");
        var minChars = reader.RequiredInt("min-chars", 1, 1_000_000);
        var requirements = Texts(reader, "requirements");
        return kinds is not null && minChars is { } c && requirements is not null ? new ReviewSummary(kinds, c, requirements) : null;
    }

    private (int? Draw, List<ReviewQuestion> Questions) ReadReviewQuestions(YamlMapping mapping, string what)
    {
        var reader = new MappingReader(mapping, $"{what} questions", problems, "draw", "pool");
        var draw = reader.RequiredInt("draw", 1, 20);
        var questions = new List<ReviewQuestion>();
        var pool = reader.Sequence("pool", required: true)?.Items ?? [];
        if (pool.Count > MaxReviewQuestions)
        {
            Error(mapping.Location, BankRules.YamlLimit, $"{what}: 答辩题超过 {MaxReviewQuestions} 道 (more than {MaxReviewQuestions} questions)");
        }

        foreach (var node in pool.Take(MaxReviewQuestions))
        {
            if (AsMapping(node, $"{what} question") is not { } qm)
            {
                continue;
            }

            var id = (qm.Find("id") as YamlScalar)?.Value.Trim();
            var qr = new MappingReader(qm, $"{what} question {id}", problems, "id", "version", "element", "text", "points");
            id = qr.RequiredText("id");
            var version = qr.Node("version") is null ? 1 : qr.RequiredInt("version", 1, 100_000);
            var element = qr.RequiredText("element");
            var text = qr.RequiredText("text");
            var points = Texts(qr, "points");
            if (points is { Count: > MaxQuestionPoints })
            {
                Error(qr.At("points"), BankRules.BadValue, $"{what} question {id}: 要点不能超过 {MaxQuestionPoints} 条 (at most {MaxQuestionPoints} reference points)");
            }

            if (id is not null && version is { } v && element is not null && text is not null && points is not null)
            {
                questions.Add(new ReviewQuestion(id, v, element, text, points, qr.Location));
            }
        }

        return (draw, questions);
    }

    // A required list of non-empty texts; null (reported) when missing, empty or holding an empty entry.
    private List<string>? Texts(MappingReader reader, string field)
    {
        if (reader.Node(field) is null)
        {
            reader.RequiredText(field);
            return null;
        }

        if (reader.ScalarList(field) is not { } scalars)
        {
            return null;
        }

        var texts = scalars.Select(s => s.Value.Trim()).ToList();
        if (texts.Count == 0 || texts.Any(t => t.Length == 0))
        {
            Error(reader.At(field), BankRules.EmptyText, $"'{field}' 不能为空，每一项都要有文字 (must list at least one non-empty text)");
            return null;
        }

        return texts;
    }
}
