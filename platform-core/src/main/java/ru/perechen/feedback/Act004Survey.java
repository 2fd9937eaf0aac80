package ru.perechen.feedback;

import static ru.perechen.feedback.SurveyDefinition.Kind.CHOICE;
import static ru.perechen.feedback.SurveyDefinition.Kind.DATETIME;
import static ru.perechen.feedback.SurveyDefinition.Kind.FIXED;
import static ru.perechen.feedback.SurveyDefinition.Kind.SCALE;
import static ru.perechen.feedback.SurveyDefinition.Kind.TEXT;

import java.util.List;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * The form of act 004's Приложение № 1 («Форма опроса для проведения оценки удовлетворенности внешних
 * клиентов…»), word for word, with its numbers and the feedback platform's codes in brackets. The act's
 * conditions on questions 13 and 14 read «онлайн (подсказка 1)», but option 1 of question 5(15) is
 * «Лично в органе власти»: the questions follow the option numbers (DOMAIN.md), so 13 and 14 are asked of
 * those who came in person, 15 and 16 of those online.
 */
public final class Act004Survey {

    public static final String PRESET = "ACT_004";

    private Act004Survey() {
    }

    public static SurveyDefinition definition() {
        Condition inPerson = new Condition(Field.WAY, Field.IN_PERSON);
        Condition online = new Condition(Field.WAY, Field.ONLINE);
        return new SurveyDefinition(
                "Опрос для проведения оценки удовлетворенности внешних клиентов в рамках предоставления мер государственной поддержки",
                "Уточните, пожалуйста, с какими конкретно сложностями Вы столкнулись в процессе получения государственной поддержки.",
                List.of(
                        q(Field.SUPPORT_MEASURE, 1, "1", "11", "Вид меры поддержки", TEXT, false, List.of(), null),
                        q(Field.TOUCHPOINT, 1, "2", "12", "Точка взаимодействия (где получалась мера государственной поддержки)", FIXED,
                                false, List.of(), null),
                        q(Field.UNIT, 1, "3", "13", "Структурное подразделение министерства", FIXED, false, List.of(), null),
                        q(Field.MUNICIPALITY, 1, "4", "14", "Муниципальный район или городской округ", TEXT, false, List.of(), null),
                        q(Field.WAY, 1, "5", "15", "Способ получения меры поддержки", CHOICE, true, List.of(
                                new Option("1", "1", Field.IN_PERSON, "Лично в органе власти"),
                                new Option("2", "4", Field.ONLINE, "Онлайн на сайте органа власти")), null),
                        q(Field.APPLICANT, 1, "6", "17", "Мера поддержки получалась", CHOICE, true, List.of(
                                new Option("1", "1", Field.INDIVIDUAL, "Физическим лицом"),
                                new Option("2", "2", Field.LEGAL, "Юридическим лицом")), null),
                        q(Field.RECEIVED_ON, 1, "7", "18", "Дата и время получения меры поддержки/заполнения анкеты", DATETIME, false,
                                List.of(), null),
                        q(Field.PROVIDED, 1, "8", "19",
                                "Результат обращения в орган власти: была ли предоставлена мера поддержки, за которой Вы обращались?",
                                CHOICE, true, List.of(
                                        new Option("1", "1", Field.YES, "Была предоставлена"),
                                        new Option("2", "2", Field.NO, "Не была предоставлена")), null),
                        q(Field.SATISFIED, 2, "9", "21",
                                "Вы скорее удовлетворены или скорее не удовлетворены мерой поддержки, за оказанием которой Вы обращались?",
                                CHOICE, true, List.of(
                                        new Option("1", "1", Field.YES, "Скорее удовлетворен"),
                                        new Option("2", "2", Field.NO, "Скорее не удовлетворен")), null),
                        q(Field.INFORMED_AFTER_REFUSAL, 2, "10", "22",
                                "После отказа Вам была предоставлена информация о необходимых действиях для получения меры поддержки в будущем",
                                CHOICE, true, List.of(
                                        new Option("1", "1", Field.YES, "Да"),
                                        new Option("2", "2", Field.NO, "Нет")), new Condition(Field.PROVIDED, Field.NO)),
                        score(Field.INFORMATION, "11", "23",
                                "Насколько просто Вам было получить полную информацию о мере поддержки и порядке ее получения", null),
                        score(Field.DOCUMENTS, "12", "24",
                                "Насколько просто Вам было собрать все документы и оформить заявку на меру поддержки", null),
                        score(Field.POLITENESS, "13", "25",
                                "Насколько вежливы и компетентны были сотрудники организации, предоставляющей меру поддержки", inPerson),
                        score(Field.LOCATION, "14", "26",
                                "Насколько удобно для Вас расположено место получения меры государственной поддержки", inPerson),
                        score(Field.INTERFACE, "15", "27",
                                "Насколько понятным и удобным для Вас было оформление заявки на получение меры поддержки в электронном виде",
                                online),
                        score(Field.STATUS, "16", "28",
                                "Насколько Вы удовлетворены информированием о статусе получения меры поддержки", online),
                        score(Field.TIMELINESS, "17", "29", "Насколько Вы удовлетворены сроком предоставления меры государственной поддержки",
                                null)));
    }

    private static Question score(Field field, String number, String code, String text, Condition when) {
        List<Option> scale = List.of(new Option("1", "1", "1", "1"), new Option("2", "2", "2", "2"), new Option("3", "3", "3", "3"),
                new Option("4", "4", "4", "4"), new Option("5", "5", "5", "5"));
        return q(field, 2, number, code, text, SCALE, true, scale, when);
    }

    private static Question q(Field field, int block, String number, String code, String text, Kind kind, boolean required,
                              List<Option> options, Condition when) {
        return new Question(field, block, number, code, text, kind, required, options, when);
    }
}
