package ru.perechen.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.PublicSurvey;
import ru.perechen.feedback.PublicSurveyService;

/**
 * The survey a client opens from a touchpoint's QR code or link: server-rendered, two steps (the act's
 * two blocks, so that the second asks only what the first calls for, also without JavaScript), no
 * sign-in, no session. Errors come back on the page beside their questions, with everything typed kept.
 */
@Controller
class PublicSurveyController {

    static final String HONEYPOT = "website";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private final PublicSurveyService surveys;
    private final FormToken tokens;
    private final MessageSource messages;

    PublicSurveyController(PublicSurveyService surveys, FormToken tokens, MessageSource messages) {
        this.surveys = surveys;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/feedback/{slug}/{token}")
    String form(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        PublicSurvey survey = found(slug, token);
        return page(model, response, SurveyPage.of(survey, 1, tokens.issue(token), Map.of(), Map.of()));
    }

    @PostMapping("/feedback/{slug}/{token}")
    String submit(@PathVariable String slug, @PathVariable String token, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        PublicSurvey survey = found(slug, token);
        Map<String, String> given = new LinkedHashMap<>(form);
        String formKey = given.remove("form");
        Optional<UUID> key = tokens.verify(formKey, token);
        if (key.isEmpty()) {
            // a form this node did not hand out for this link (or an expired page after a restart): start again
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, response, SurveyPage.of(survey, 1, tokens.issue(token), Map.of(),
                    Map.of("form", text("feedback.error.form"))));
        }
        if (!given.getOrDefault(HONEYPOT, "").isBlank()) {
            return "redirect:/feedback/" + slug + "/" + token + "/thanks"; // a bot: thanked, nothing stored
        }
        int step = "2".equals(given.remove("step")) ? 2 : 1;
        try {
            if (step == 1) {
                surveys.checkFirstBlock(survey, SurveyPage.measure(given, survey), SurveyPage.answers(given, survey));
                return page(model, response, SurveyPage.of(survey, 2, formKey, given, Map.of()));
            }
            surveys.submit(slug, token, SurveyPage.measure(given, survey), SurveyPage.answers(given, survey), key.get());
            return "redirect:/feedback/" + slug + "/" + token + "/thanks";
        } catch (FeedbackRejectedException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.problems().forEach(p -> errors.putIfAbsent(p.field(), text(p.messageKey(), p.arguments().toArray())));
            boolean firstBlock = refused.problems().stream().anyMatch(p -> firstBlockField(survey, p.field()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, response, SurveyPage.of(survey, step == 2 && firstBlock ? 1 : step, formKey, given, errors));
        }
    }

    @GetMapping("/feedback/{slug}/{token}/thanks")
    String thanks(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        PublicSurvey survey = found(slug, token);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("survey", survey);
        model.addAttribute("again", "/feedback/" + slug + "/" + token);
        return "public/feedback-thanks";
    }

    private String page(Model model, HttpServletResponse response, SurveyPage page) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("page", page);
        model.addAttribute("action", "/feedback/" + page.survey().agency().slug() + "/" + page.survey().token());
        return "public/feedback";
    }

    private static boolean firstBlockField(PublicSurvey survey, String field) {
        return field.equals(SurveyPage.MEASURE) || field.equals("support-measure") || survey.survey().block(1).stream()
                .anyMatch(q -> SurveyPage.name(q.field()).equals(field));
    }

    private PublicSurvey found(String slug, String token) {
        return surveys.find(slug, token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, RUSSIAN);
    }
}
