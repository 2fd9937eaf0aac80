package ru.perechen.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.feedback.Answers;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackAnalysis;
import ru.perechen.feedback.FeedbackAnalysisService;
import ru.perechen.feedback.FeedbackResponse;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.UnitReport;
import ru.perechen.feedback.UnitReportService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;

/**
 * The feedback of the caller's agency (act 004) for integrations, with the roles of its pages: the
 * touchpoints' survey links, the responses of a period, a paper or imported answer by the feedback
 * platform's codes, the units' quarterly information (Приложение № 2), and the quarterly analysis by the nine parameters, each under a stable key. The
 * public form's submission is not here: it is the form.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Обратная связь", description = "Act 004: survey links, responses, the quarterly analysis")
class FeedbackApi {

    private final FeedbackSetup setup;
    private final FeedbackResponses responses;
    private final FeedbackAnalysisService analysis;
    private final UnitReportService reports;

    FeedbackApi(FeedbackSetup setup, FeedbackResponses responses, FeedbackAnalysisService analysis, UnitReportService reports) {
        this.setup = setup;
        this.responses = responses;
        this.analysis = analysis;
        this.reports = reports;
    }

    record TouchpointEntry(UUID touchpointId, String touchpoint, String kind, String surveyUrl) {
    }

    @Allowed(Access.FEEDBACK_ENTRY)
    @GetMapping("/touchpoints")
    @Operation(summary = "Each touchpoint in use with its survey link (the link a QR code carries)")
    List<TouchpointEntry> touchpoints(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return setup.links().stream().map(l -> new TouchpointEntry(l.touchpointId(), l.touchpointName(), l.kind().name(),
                base + l.path())).toList();
    }

    @Allowed(Access.OVERSIGHT)
    @GetMapping("/responses")
    @Operation(summary = "The responses answered from `from` to `to` inclusive (dates, Moscow time); at most 366 days")
    List<FeedbackResponse> responses(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new InvalidConfigurationException("to", "feedback.error.period");
        }
        return responses.between(from.atStartOfDay(Quarter.ZONE).toInstant(), to.plusDays(1).atStartOfDay(Quarter.ZONE).toInstant());
    }

    /**
     * A paper form or an answer from another channel, by the codes in brackets on the form.
     *
     * @param answers      question code → option code (a score's code is the score), texts as written
     * @param difficulties the code of a score's question → what the client wrote under it
     * @param submissionKey the same key twice stores one response
     */
    record NewResponse(Channel channel, UUID touchpointId, UUID processId, Map<String, String> answers, Map<String, String> difficulties,
                       String comment, String contact, Boolean consent, UUID submissionKey) {
    }

    record Created(UUID id) {
    }

    @Allowed(Access.FEEDBACK_ENTRY)
    @PostMapping("/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a paper form (every question the form asks) or feedback from another channel of §9, by the codes")
    Created record(@RequestBody NewResponse body) {
        if (body.channel() == null || body.submissionKey() == null) {
            throw new InvalidConfigurationException(body.channel() == null ? "channel" : "submissionKey", "feedback.error.required-field");
        }
        SurveyDefinition survey = setup.survey().orElseThrow(() -> new InvalidConfigurationException("survey", "feedback.error.off"))
                .definition();
        Answers answers = responses.byCodes(survey, body.answers() == null ? Map.of() : body.answers(),
                body.difficulties() == null ? Map.of() : body.difficulties(), body.comment(), body.contact(), Boolean.TRUE.equals(body.consent()));
        return new Created(responses.record(body.channel(), body.touchpointId(), body.processId(), answers, body.submissionKey()));
    }

    @Allowed(Access.OVERSIGHT)
    @GetMapping("/analysis")
    @Operation(summary = "The quarterly analysis (act 004 §11): the nine parameters by their keys, by unit, group, touchpoint and "
            + "channel kind, the previous quarters; internal, never published")
    FeedbackAnalysis analysis(@RequestParam String quarter) {
        return analysis.analysis(Quarter.parse(quarter));
    }

    /** One line of a unit's Приложение № 2: {@code way} is ONLINE, IN_PERSON or null; percentages null when undefined. */
    record ReportLine(Integer groupNumber, String group, String way, Integer served, long feedback, Double sharePercent, long reviews,
                      long answeredSatisfaction, long satisfied, Double satisfactionPercent) {
        static ReportLine of(UnitReport.Line l) {
            return new ReportLine(l.groupNumber(), l.groupTitle(), l.way(), l.served(), l.feedback(), l.sharePercent(), l.reviews(),
                    l.answered(), l.satisfied(), l.satisfactionPercent());
        }
    }

    record ReportEntry(UUID unitId, String unit, String quarter, UnitReport.Status status, LocalDate dueOn, String submittedBy,
                       java.time.Instant submittedAt, String signedBy, java.time.Instant signedAt, List<ReportLine> lines, ReportLine total) {
    }

    @Allowed(Access.OVERSIGHT)
    @GetMapping("/reports")
    @Operation(summary = "The units' quarterly information (act 004 §10, Приложение № 2): per unit its state, due day, who signed, "
            + "and per process group × channel kind the clients served (entered by the unit), feedback, share, reviews and "
            + "overall satisfaction; figures of a sent or signed report are as they were sent")
    List<ReportEntry> reports(@RequestParam String quarter) {
        return reports.overview(Quarter.parse(quarter)).stream().map(r -> new ReportEntry(r.unitId(), r.unitName(), r.quarter().toString(),
                r.status(), r.dueOn(), r.submittedByName(), r.submittedAt(), r.signedByName(), r.signedAt(),
                r.lines().stream().map(ReportLine::of).toList(), ReportLine.of(r.total()))).toList();
    }
}
