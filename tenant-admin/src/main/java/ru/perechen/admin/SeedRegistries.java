package ru.perechen.admin;

import static ru.perechen.catalog.DefaultProcessGroup.APPEALS;
import static ru.perechen.catalog.DefaultProcessGroup.CONTROL;
import static ru.perechen.catalog.DefaultProcessGroup.INFORMATION_ACCESS;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_ACCOUNTING;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_ADMINISTRATION;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_CLIENT;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_HR;
import static ru.perechen.catalog.DefaultProcessGroup.INTERNAL_IT;
import static ru.perechen.catalog.DefaultProcessGroup.PUBLIC_SERVICES;
import static ru.perechen.catalog.DefaultProcessGroup.SUPPORT_MEASURES;


import java.util.List;
import java.util.Map;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService.PresetProcess;

/**
 * Demo process registries of the seed agencies, in the spirit of their acts. Unit names are those of
 * {@link SeedAgencies#UNITS}; no unit means the process is run uniformly by all units.
 */
final class SeedRegistries {

    private static final Basis APPEALS_LAW = new Basis(BasisKind.NORMATIVE_ACT,
            "Федеральный закон «О порядке рассмотрения обращений граждан Российской Федерации»", "59-ФЗ",
            java.time.LocalDate.of(2006, 5, 2), "http://www.kremlin.ru/acts/bank/23705");
    private static final Basis INFO_LAW = new Basis(BasisKind.NORMATIVE_ACT,
            "Федеральный закон «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления»",
            "8-ФЗ", java.time.LocalDate.of(2009, 2, 9), "http://www.kremlin.ru/acts/bank/28886");
    private static final Basis SERVICES_LAW = new Basis(BasisKind.NORMATIVE_ACT,
            "Федеральный закон «Об организации предоставления государственных и муниципальных услуг»", "210-ФЗ",
            java.time.LocalDate.of(2010, 7, 27), "http://www.kremlin.ru/acts/bank/31543");
    private static final Basis CONTROL_LAW = new Basis(BasisKind.NORMATIVE_ACT,
            "Федеральный закон «О государственном контроле (надзоре) и муниципальном контроле в Российской Федерации»",
            "248-ФЗ", java.time.LocalDate.of(2020, 7, 31), "http://www.kremlin.ru/acts/bank/45774");
    private static final Basis INTERNAL_RULES = new Basis(BasisKind.INTERNAL_ACT, "Служебный распорядок органа", null, null, null);

    static final Map<String, List<PresetProcess>> REGISTRIES = Map.of(
            "minpromtorg-nso", List.of(
                    p(SUPPORT_MEASURES, "Предоставление субсидий промышленным предприятиям на возмещение части затрат на модернизацию производства",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел развития промышленности")),
                    p(SUPPORT_MEASURES, "Предоставление грантов субъектам малого и среднего предпринимательства",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел поддержки малого и среднего предпринимательства")),
                    p(SUPPORT_MEASURES, "Присвоение статуса регионального промышленного парка",
                            ProcessKind.SUPPORT_MEASURE, List.of("Управление промышленной политики")),
                    p(PUBLIC_SERVICES, "Лицензирование розничной продажи алкогольной продукции",
                            ProcessKind.PUBLIC_SERVICE, List.of("Отдел поддержки малого и среднего предпринимательства"), SERVICES_LAW),
                    p(CONTROL, "Региональный государственный контроль (надзор) в области розничной продажи алкогольной продукции",
                            ProcessKind.CONTROL_FUNCTION, List.of("Отдел поддержки малого и среднего предпринимательства"), CONTROL_LAW),
                    p(APPEALS, "Рассмотрение обращений граждан и организаций", ProcessKind.APPEALS, List.of(), APPEALS_LAW),
                    p(APPEALS, "Рассмотрение запросов о предоставлении информации о деятельности министерства",
                            ProcessKind.APPEALS, List.of("Отдел правовой и кадровой работы"), INFO_LAW),
                    p(INFORMATION_ACCESS, "Размещение информации о деятельности министерства на официальном сайте",
                            ProcessKind.INFORMATION, List.of("Отдел правовой и кадровой работы"), INFO_LAW),
                    p(INFORMATION_ACCESS, "Информирование о мерах государственной поддержки промышленности и предпринимательства",
                            ProcessKind.INFORMATION, List.of("Отдел развития промышленности", "Отдел поддержки малого и среднего предпринимательства")),
                    p(INTERNAL_CLIENT, "Оформление отпусков, командировок и справок сотрудникам",
                            ProcessKind.INTERNAL, List.of("Отдел правовой и кадровой работы"), INTERNAL_RULES)),
            "minpromnauki-rm", List.of(
                    p(SUPPORT_MEASURES, "Предоставление субсидий организациям промышленности на реализацию инвестиционных проектов",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел промышленности")),
                    p(SUPPORT_MEASURES, "Предоставление грантов на проведение научных исследований",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел науки и инноваций")),
                    p(SUPPORT_MEASURES, "Поддержка участия предприятий в выставочно-ярмарочных мероприятиях",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел промышленности")),
                    p(APPEALS, "Рассмотрение обращений граждан и организаций", ProcessKind.APPEALS, List.of(), APPEALS_LAW),
                    p(INFORMATION_ACCESS, "Обеспечение доступа к информации о деятельности Министерства",
                            ProcessKind.INFORMATION, List.of(), INFO_LAW),
                    p(INTERNAL_CLIENT, "Организация взаимодействия с сотрудниками по вопросам служебной деятельности",
                            ProcessKind.INTERNAL, List.of(), INTERNAL_RULES),
                    p(INTERNAL_IT, "Обеспечение сотрудников компьютерной техникой и доступом к информационным системам",
                            ProcessKind.INTERNAL, List.of("Отдел науки и инноваций")),
                    p(INTERNAL_ACCOUNTING, "Начисление заработной платы и выдача расчетных листков",
                            ProcessKind.INTERNAL, List.of("Отдел бухгалтерского учета и отчетности")),
                    p(INTERNAL_HR, "Оформление приема, перевода и увольнения сотрудников",
                            ProcessKind.INTERNAL, List.of("Отдел бухгалтерского учета и отчетности")),
                    p(INTERNAL_ADMINISTRATION, "Обеспечение сотрудников канцелярскими товарами и рабочими местами",
                            ProcessKind.INTERNAL, List.of("Отдел бухгалтерского учета и отчетности"))),
            "gsn-nso", List.of(
                    p(CONTROL, "Региональный государственный строительный надзор", ProcessKind.CONTROL_FUNCTION,
                            List.of("Отдел надзора за строительством"), CONTROL_LAW),
                    p(CONTROL, "Выдача заключений о соответствии построенного объекта требованиям проектной документации",
                            ProcessKind.CONTROL_FUNCTION, List.of("Отдел надзора за строительством")),
                    p(CONTROL, "Контроль за долевым строительством многоквартирных домов", ProcessKind.CONTROL_FUNCTION,
                            List.of("Отдел надзора за строительством"), CONTROL_LAW),
                    p(CONTROL, "Рассмотрение дел об административных правонарушениях", ProcessKind.CONTROL_FUNCTION,
                            List.of("Отдел правового обеспечения")),
                    p(APPEALS, "Рассмотрение обращений граждан и организаций", ProcessKind.APPEALS, List.of(), APPEALS_LAW),
                    p(INFORMATION_ACCESS, "Размещение информации о деятельности инспекции на официальном сайте",
                            ProcessKind.INFORMATION, List.of("Отдел правового обеспечения"), INFO_LAW),
                    p(INTERNAL_CLIENT, "Организация взаимодействия с сотрудниками инспекции", ProcessKind.INTERNAL, List.of()),
                    p(INTERNAL_IT, "Техническая поддержка рабочих мест сотрудников", ProcessKind.INTERNAL,
                            List.of("Административно-хозяйственный отдел")),
                    p(INTERNAL_ACCOUNTING, "Возмещение командировочных расходов", ProcessKind.INTERNAL,
                            List.of("Административно-хозяйственный отдел")),
                    p(INTERNAL_ADMINISTRATION, "Обеспечение служебным транспортом для выездных проверок", ProcessKind.INTERNAL,
                            List.of("Административно-хозяйственный отдел"))),
            "dizo-nso", List.of(
                    p(PUBLIC_SERVICES, "Предоставление земельных участков в аренду без проведения торгов", ProcessKind.PUBLIC_SERVICE,
                            List.of("Отдел предоставления земельных участков"), SERVICES_LAW),
                    p(PUBLIC_SERVICES, "Утверждение схемы расположения земельного участка на кадастровом плане территории",
                            ProcessKind.PUBLIC_SERVICE, List.of("Отдел предоставления земельных участков"), SERVICES_LAW),
                    p(PUBLIC_SERVICES, "Предоставление информации об объектах учета из реестра государственного имущества",
                            ProcessKind.PUBLIC_SERVICE, List.of("Управление имущественных отношений"), SERVICES_LAW),
                    p(PUBLIC_SERVICES, "Предоставление государственного имущества в аренду", ProcessKind.PUBLIC_SERVICE,
                            List.of("Управление имущественных отношений")),
                    p(APPEALS, "Рассмотрение обращений граждан и организаций", ProcessKind.APPEALS, List.of(), APPEALS_LAW),
                    p(APPEALS, "Рассмотрение запросов органов власти и организаций о земельных участках", ProcessKind.APPEALS,
                            List.of("Управление земельных отношений")),
                    p(INFORMATION_ACCESS, "Обеспечение доступа к информации о деятельности департамента", ProcessKind.INFORMATION,
                            List.of(), INFO_LAW),
                    p(INTERNAL_CLIENT, "Взаимодействие с сотрудниками по вопросам служебной деятельности", ProcessKind.INTERNAL,
                            List.of(), INTERNAL_RULES),
                    p(INTERNAL_ACCOUNTING, "Выдача справок о доходах сотрудникам", ProcessKind.INTERNAL,
                            List.of("Отдел бухгалтерского учета")),
                    p(INTERNAL_ADMINISTRATION, "Заявки на ремонт и хозяйственное обслуживание помещений", ProcessKind.INTERNAL,
                            List.of("Отдел бухгалтерского учета"))),
            "minek-nso", List.of(
                    p(SUPPORT_MEASURES, "Предоставление субсидий социально ориентированным некоммерческим организациям",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел государственной поддержки")),
                    p(SUPPORT_MEASURES, "Предоставление субсидий на реализацию инвестиционных проектов",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел государственной поддержки")),
                    p(SUPPORT_MEASURES, "Присвоение статуса приоритетного инвестиционного проекта",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел стратегического планирования")),
                    p(SUPPORT_MEASURES, "Консультирование получателей мер государственной поддержки",
                            ProcessKind.SUPPORT_MEASURE, List.of("Отдел государственной поддержки")),
                    p(APPEALS, "Рассмотрение обращений граждан и организаций", ProcessKind.APPEALS, List.of(), APPEALS_LAW),
                    p(APPEALS, "Рассмотрение обратной связи о качестве предоставления мер поддержки", ProcessKind.APPEALS,
                            List.of("Отдел государственной поддержки")),
                    p(INFORMATION_ACCESS, "Размещение информации о мерах поддержки на официальном сайте",
                            ProcessKind.INFORMATION, List.of("Отдел государственной поддержки"), INFO_LAW),
                    p(INFORMATION_ACCESS, "Публикация прогноза социально-экономического развития области",
                            ProcessKind.INFORMATION, List.of("Отдел стратегического планирования")),
                    p(INTERNAL_CLIENT, "Оформление кадровых документов по заявлениям сотрудников", ProcessKind.INTERNAL,
                            List.of("Отдел кадров"), INTERNAL_RULES),
                    p(INTERNAL_CLIENT, "Организация обучения и повышения квалификации сотрудников", ProcessKind.INTERNAL,
                            List.of("Отдел кадров"))));

    private SeedRegistries() {
    }

    private static PresetProcess p(DefaultProcessGroup group, String name, ProcessKind kind, List<String> units, Basis... bases) {
        return new PresetProcess(group, name, kind, units, List.of(bases));
    }
}
