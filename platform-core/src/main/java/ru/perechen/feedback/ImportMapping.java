package ru.perechen.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.perechen.feedback.FeedbackImportPreview.Choice;
import ru.perechen.feedback.FeedbackImportPreview.Column;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * Which column of a feedback file holds what: the person's choice first, else a target suggested by the
 * title — a question's code («15»), its label («5(15)», also ahead of its text) or its text; «сложности»
 * with a score's code or label; the usual words for channel, touchpoint, comment, date, contact and
 * consent. A suggestion is given once: a second column with the same title stays unread until chosen.
 */
final class ImportMapping {

    /** Rows at the top of a sheet the header is looked for in (a title or a note may stand above it). */
    private static final int HEADER_SEARCH = 10;
    private static final Map<String, ImportTarget> WORDS = new HashMap<>();

    static {
        words(ImportTarget.CHANNEL, "канал", "канал обратной связи", "канал поступления", "источник", "источник отзыва");
        words(ImportTarget.TOUCHPOINT, "точка взаимодействия", "точка");
        words(ImportTarget.COMMENT, "комментарий", "отзыв", "текст отзыва", "текст обращения", "обращение", "примечание");
        words(ImportTarget.ANSWERED_AT, "дата", "дата отзыва", "дата обращения", "дата поступления", "дата и время отзыва",
                "дата поступления отзыва");
        words(ImportTarget.CONTACT, "контакт", "контакты", "контактные данные", "контакт (телефон или e-mail)", "телефон или e-mail",
                "e-mail", "email");
        words(ImportTarget.CONSENT, "согласие", "согласие на обработку", "согласие на обработку контакта",
                "согласие на обработку персональных данных");
    }

    private final SurveyDefinition survey;
    private final Map<String, ImportTarget> chosen;

    ImportMapping(SurveyDefinition survey, Map<String, ImportTarget> chosen) {
        this.survey = survey;
        this.chosen = chosen == null ? Map.of() : chosen;
    }

    private static void words(ImportTarget target, String... titles) {
        for (String title : titles) {
            WORDS.put(ImportValues.words(title), target);
        }
    }

    /** Every target a column may have, in the order the page offers them. */
    List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(ImportTarget.IGNORED, null, null));
        choices.add(new Choice(ImportTarget.CHANNEL, null, null));
        choices.add(new Choice(ImportTarget.TOUCHPOINT, null, null));
        choices.add(new Choice(ImportTarget.ANSWERED_AT, null, null));
        answerable().forEach(q -> choices.add(new Choice(ImportTarget.answer(q.field()), q.label(), q.text())));
        survey.questions().stream().filter(q -> q.field().score())
                .forEach(q -> choices.add(new Choice(ImportTarget.difficulty(q.field()), q.label(), q.text())));
        choices.add(new Choice(ImportTarget.COMMENT, null, null));
        choices.add(new Choice(ImportTarget.CONTACT, null, null));
        choices.add(new Choice(ImportTarget.CONSENT, null, null));
        return choices;
    }

    /** The index of the header among the sheet's rows: of the first few, the one whose titles are best understood. */
    int headerIndex(List<WorkbookReader.Row> rows) {
        int best = 0;
        int bestScore = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            List<Column> columns = columns(rows.get(i).cells());
            int score = (int) columns.stream().filter(c -> c.target().kind() != ImportTarget.Kind.IGNORED).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    List<Column> columns(List<String> titles) {
        List<Column> columns = new ArrayList<>();
        Set<ImportTarget> suggested = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            String key = key(title, i, seen);
            ImportTarget choice = chosen.get(key);
            if (choice != null) {
                columns.add(new Column(title, key, choice, false));
                continue;
            }
            Optional<ImportTarget> guess = suggest(title).filter(t -> !chosen.containsValue(t)).filter(suggested::add);
            columns.add(new Column(title, key, guess.orElse(ImportTarget.IGNORED), guess.isPresent()));
        }
        return columns;
    }

    private static String key(String title, int index, Map<String, Integer> seen) {
        String words = ImportValues.words(title);
        if (words.isEmpty()) {
            return "#" + (index + 1);
        }
        int times = seen.merge(words, 1, Integer::sum);
        return times == 1 ? words : words + " #" + times;
    }

    Optional<ImportTarget> suggest(String title) {
        String h = ImportValues.words(title);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (WORDS.containsKey(h)) {
            return Optional.of(WORDS.get(h));
        }
        if (h.contains("сложност")) {
            List<Question> scores = survey.questions().stream().filter(q -> q.field().score() && mentions(h, q)).toList();
            return scores.size() == 1 ? Optional.of(ImportTarget.difficulty(scores.getFirst().field())) : Optional.empty();
        }
        Optional<Question> touchpoint = survey.question(Field.TOUCHPOINT).filter(q -> names(h, q));
        if (touchpoint.isPresent()) {
            return Optional.of(ImportTarget.TOUCHPOINT);
        }
        return answerable().stream().filter(q -> words(q.code()).equals(h)).findFirst()
                .or(() -> answerable().stream().filter(q -> names(h, q)).findFirst())
                .map(q -> ImportTarget.answer(q.field()));
    }

    /** The survey's questions a file may answer: all but those the link or the staff's choice fills in. */
    private List<Question> answerable() {
        return survey.questions().stream().filter(q -> q.kind() != Kind.FIXED).toList();
    }

    private static boolean names(String h, Question q) {
        String code = words(q.code());
        String label = words(q.label());
        String text = words(q.text());
        return h.equals(code) || h.equals(label) || h.equals(text) || h.startsWith(label + " ")
                || (text.length() >= 10 && h.startsWith(text));
    }

    private static boolean mentions(String h, Question q) {
        String padded = " " + h + " ";
        String code = words(q.code());
        return padded.contains(" " + words(q.label()) + " ") || (!code.isEmpty() && padded.contains(" " + code + " "));
    }

    private static String words(String text) {
        return ImportValues.words(text);
    }
}
