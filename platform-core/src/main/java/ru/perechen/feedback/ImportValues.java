package ru.perechen.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * How a feedback file's cells are read: an option by its code, its printed number or its text; a date
 * as dd.mm.yyyy [hh:mm] or ISO; a channel by the page's name for it or the act's short word; consent as
 * да/нет. Only exact readings count (case, ё and spacing aside): a value that is none of these is
 * refused, never taken for the option it resembles.
 */
final class ImportValues {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.uuuu H:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Channel> CHANNELS = new HashMap<>();

    static {
        // the page's names (messages_ru feedback.channel.*) and the words files use for the channels of §9
        names(Channel.SURVEY_LINK, "Опрос по ссылке или QR-коду");
        names(Channel.PAPER_FORM, "Анкета на бумажном носителе", "бумажная анкета");
        names(Channel.EPGU_FORM, "Онлайн-форма на ЕПГУ (Платформа обратной связи)", "ЕПГУ", "Госуслуги", "Платформа обратной связи", "ПОС");
        names(Channel.SITE_FEEDBACK, "Раздел «Обратная связь» официального сайта", "Обратная связь", "сайт", "официальный сайт");
        names(Channel.POST, "Обращение по почтовому адресу", "почта", "почтовый адрес", "письмо");
        names(Channel.EMAIL, "Обращение по электронной почте", "электронная почта", "e-mail", "email");
        names(Channel.RECEPTION, "Личный приём", "приём", "личный прием");
        names(Channel.PORTAL_FORM, "Форма прямой связи портала", "портал", "форма прямой связи");
        names(Channel.SOCIAL_NETWORK, "Сообщение в официальной группе в социальных сетях", "социальные сети", "соцсети");
        names(Channel.SOCIAL_POLL, "Опрос на официальных страницах в социальных сетях", "опрос в социальных сетях");
        names(Channel.PERSONAL_POLL, "Персонализированная рассылка опроса (с согласия)", "персонализированная рассылка", "рассылка");
        names(Channel.SPECIAL_EVENT, "Специальное мероприятие", "мероприятие");
        names(Channel.PHONE, "Обращение по телефону", "телефон");
        for (Channel channel : Channel.values()) {
            CHANNELS.put(words(channel.name()), channel);
        }
    }

    private ImportValues() {
    }

    private static void names(Channel channel, String... names) {
        for (String name : names) {
            CHANNELS.put(words(name), channel);
        }
    }

    /** Case, ё and spacing do not matter: how touchpoints and options are compared. */
    static String exact(String text) {
        return text == null ? "" : SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ").strip();
    }

    /** Punctuation does not matter either: how titles and channel names are compared. */
    static String words(String text) {
        return text == null ? "" : NOT_WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ").strip();
    }

    static Optional<Channel> channel(String cell) {
        return Optional.ofNullable(CHANNELS.get(words(cell)));
    }

    /**
     * The options a cell names: by code, by printed number, by text. More than one means the cell is
     * ambiguous (an agency's codes and numbers may cross); none means it is not an option of the question.
     */
    static List<Option> options(Question question, String cell) {
        String given = exact(cell);
        List<Option> byCode = question.options().stream().filter(o -> given.equals(exact(o.code()))).toList();
        List<Option> byNumber = question.options().stream().filter(o -> given.equals(exact(o.number()))).toList();
        List<Option> byText = question.options().stream().filter(o -> given.equals(exact(o.text()))).toList();
        return java.util.stream.Stream.of(byCode, byNumber, byText).flatMap(List::stream).distinct().toList();
    }

    /** An ISO date-time, or empty when the cell is no date. */
    static Optional<LocalDateTime> dateTime(String cell) {
        String value = SPACES.matcher(cell.strip()).replaceAll(" ");
        for (DateTimeFormatter format : new DateTimeFormatter[] {DATE_TIME, DATE_TIME_SECONDS}) {
            try {
                return Optional.of(LocalDateTime.parse(value, format));
            } catch (DateTimeParseException notThis) {
                // the next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(value, DATE).atStartOfDay());
        } catch (DateTimeParseException notThis) {
            // ISO next
        }
        try {
            return Optional.of(value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Consent as written: да / нет (or 1 / 0); empty for anything else. */
    static Optional<Boolean> consent(String cell) {
        return switch (exact(cell)) {
            case "", "нет", "0", "false", "no" -> Optional.of(false);
            case "да", "1", "true", "yes", "согласен", "согласна", "согласие дано" -> Optional.of(true);
            default -> Optional.empty();
        };
    }
}
