package ru.perechen.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.register.Enactment;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;

/**
 * The first approved version of a seed agency's Перечень: every process of its registry at the
 * touchpoints such a process is met at, with the needs each serves. A demo act approves it.
 */
final class SeedLists {

    static final String DEMO_ACT = "1-п";
    static final LocalDate DEMO_ACT_DATE = LocalDate.of(2026, 2, 5);

    private SeedLists() {
    }

    static Enactment initial(List<AgencyProcess> processes, List<Touchpoint> touchpoints, List<ClientNeed> needs) {
        Map<String, Touchpoint> tp = touchpoints.stream().collect(Collectors.toMap(Touchpoint::name, Function.identity()));
        List<RowChange> rows = new ArrayList<>();
        for (AgencyProcess process : processes) {
            if (process.excluded()) {
                continue;
            }
            List<UUID> units = process.uniformForAllUnits() || process.owners().size() < 2 ? java.util.Collections.singletonList(null)
                    : process.owners().stream().map(AgencyProcess.UnitRef::id).toList();
            for (UUID unit : units) {
                for (Row row : rowsFor(process)) {
                    Touchpoint touchpoint = tp.get(row.touchpoint);
                    if (touchpoint == null) {
                        continue;
                    }
                    List<NeedInteraction> chosen = new ArrayList<>();
                    for (int i = 0; i < row.needs.length; i++) {
                        int index = i;
                        need(needs, row.needs[i]).ifPresent(n -> chosen.add(new NeedInteraction(n.id(),
                                index == 0 ? row.interaction : null)));
                    }
                    if (!chosen.isEmpty()) {
                        rows.add(new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), unit, touchpoint.id(), chosen,
                                row.specifics, null, Map.of())));
                    }
                }
            }
        }
        return new Enactment(null, null, DEMO_ACT, DEMO_ACT_DATE, null, rows);
    }

    private static Optional<ClientNeed> need(List<ClientNeed> needs, String prefix) {
        return needs.stream().filter(n -> !n.retired() && n.name().startsWith(prefix)).findFirst();
    }

    private record Row(String touchpoint, String interaction, String specifics, String... needs) {
    }

    private static final String INFO = "Получение информации";
    private static final String ADVICE = "Получение консультации";
    private static final String FORMS = "Получение форм документов";
    private static final String APPLY = "Представление заявления";
    private static final String STATUS = "Получение информации о ходе";
    private static final String RESULT = "Получение результата, ответа";
    private static final String INSPECTION = "Предоставление объектов";
    private static final String FEEDBACK = "Предоставление обратной связи";
    private static final String FEEDBACK_RESULT = "Получение результата рассмотрения";

    private static List<Row> rowsFor(AgencyProcess process) {
        return switch (process.kind()) {
            case SUPPORT_MEASURE, PUBLIC_SERVICE -> List.of(
                    new Row("Официальный сайт", "Размещение порядка, сроков и условий, форм документов", null, INFO, FORMS),
                    new Row("Единый портал государственных услуг (ЕПГУ)", "Подача заявления и документов в электронной форме",
                            null, APPLY, STATUS, RESULT),
                    new Row("Телефон приемной", "Консультирование по порядку предоставления", "пн–чт 9:00–18:00, пт 9:00–16:45", ADVICE),
                    new Row("Личный прием", "Прием заявлений и документов, консультирование", null, APPLY, ADVICE, RESULT),
                    new Row("МФЦ «Мои документы»", "Прием заявлений и выдача результата", null, APPLY, RESULT));
            case CONTROL_FUNCTION -> List.of(
                    new Row("Официальный сайт", "Размещение перечня обязательных требований и программы профилактики", null, INFO),
                    new Row("Личный прием", "Профилактическая консультация", null, ADVICE, INSPECTION),
                    new Row("Почтовый адрес", "Направление решений по результатам контрольных мероприятий", null, RESULT));
            case APPEALS -> List.of(
                    new Row("Раздел «Обратная связь» официального сайта", "Направление обращения в электронной форме", null,
                            APPLY, FEEDBACK),
                    new Row("Электронная почта", "Направление обращения и ответа на него", null, APPLY, RESULT),
                    new Row("Почтовый адрес", "Направление письменного обращения и ответа", null, APPLY, RESULT, FEEDBACK_RESULT),
                    new Row("Личный прием", "Личный прием граждан руководством", null, APPLY, ADVICE));
            case INFORMATION -> List.of(
                    new Row("Официальный сайт", "Размещение информации о деятельности", null, INFO),
                    new Row("Электронная почта", "Ответ на запрос информации", null, APPLY, RESULT));
            case INTERNAL, OTHER -> List.of(
                    new Row("Электронная почта", "Направление служебных запросов и ответов", null, APPLY, RESULT),
                    new Row("Телефон приемной", "Консультирование сотрудников", null, ADVICE));
        };
    }
}
