package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyNotifier;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * One paper form's answers as typed by the codes in brackets: a field per question (the option's code, a
 * score 1–5, a text or a date), a difficulties field beside each score, the comment and the contact with its
 * consent. Enter moves to the next question (Tab also visits the difficulties); the last field leads to saving.
 */
class PaperEntryForm extends Composite<FormLayout> {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu H:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final SurveyDefinition survey;
    private final Map<Question, TextField> answers = new LinkedHashMap<>();
    private final Map<Question, TextField> difficulties = new LinkedHashMap<>();
    private final Map<String, HasValidation> byProblemField = new HashMap<>();
    private final TextField comment = new TextField();
    private final TextField contact = new TextField();
    private final Checkbox consent = new Checkbox();

    PaperEntryForm(SurveyDefinition survey, String agencyShortName, Component afterLast) {
        this.survey = survey;
        FormLayout form = getContent();
        form.setId("entry-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("44em", 2));
        int block = 0;
        for (Question q : survey.questions()) {
            if (q.kind() == Kind.FIXED) {
                continue;
            }
            if (q.block() != block) {
                block = q.block();
                form.add(new H3(getTranslation(block == 1 ? "feedback.form.block1" : "feedback.form.block2")), 2);
            }
            TextField answer = answerField(q);
            answers.put(q, answer);
            register(answer, "code-" + q.code(), key(q));
            if (q.kind() == Kind.SCALE) {
                form.add(answer);
                TextField difficulty = new TextField(getTranslation("feedback.entry.difficulty", q.label()));
                difficulty.setId("difficulty-" + q.code());
                difficulty.setWidthFull();
                difficulties.put(q, difficulty);
                register(difficulty, "difficulty-" + key(q));
                form.add(difficulty);
            } else {
                form.add(answer, 2);
            }
        }
        comment.setId("entry-comment");
        comment.setLabel(getTranslation("feedback.entry.comment"));
        contact.setId("entry-contact");
        contact.setLabel(getTranslation("feedback.entry.contact"));
        consent.setId("entry-consent");
        consent.setLabel(getTranslation("feedback.entry.consent", agencyShortName));
        register(comment, "comment");
        register(contact, "contact");
        register(consent, "consent");
        form.add(new H3(getTranslation("feedback.entry.texts")), 2);
        form.add(comment, 2);
        form.add(contact, consent);
        chainEnter(afterLast);
    }

    private TextField answerField(Question q) {
        TextField field = new TextField(q.label() + ". " + shortText(q.text()));
        field.setId("code-" + q.code());
        field.setWidthFull();
        switch (q.kind()) {
            case CHOICE -> {
                field.setHelperText(PaperForm.codes(q));
                field.setMaxLength(4);
                field.setAllowedCharPattern("[0-9]");
            }
            case SCALE -> {
                field.setHelperText(getTranslation("feedback.entry.scale"));
                field.setMaxLength(1);
                field.setAllowedCharPattern("[1-5]");
            }
            case DATETIME -> field.setPlaceholder(getTranslation("feedback.entry.datetime"));
            default -> field.setHelperText(getTranslation("feedback.entry.text"));
        }
        if (q.askedWhen() != null) {
            String when = survey.question(q.askedWhen().field()).map(by -> getTranslation("feedback.page.paper.asked-when", by.label(),
                    by.option(q.askedWhen().value()).map(PaperForm::optionLabel).orElse(""))).orElse("");
            field.setHelperText(when + " " + (field.getHelperText() == null ? "" : field.getHelperText()));
        }
        return field;
    }

    /** The question's words up to the first comma or colon: enough to find it on the form. */
    static String shortText(String text) {
        int cut = text.length();
        for (char c : new char[] {',', ':', '?'}) {
            int at = text.indexOf(c);
            if (at > 20 && at < cut) {
                cut = at;
            }
        }
        String shortened = text.substring(0, cut);
        return shortened.length() > 90 ? shortened.substring(0, 88) + "…" : shortened;
    }

    private void register(HasValidation field, String... problemFields) {
        for (String name : problemFields) {
            byProblemField.put(name, field);
        }
    }

    private void chainEnter(Component afterLast) {
        List<Component> order = new ArrayList<>(answers.values());
        order.add(comment);
        order.add(contact);
        order.add(consent);
        order.add(afterLast);
        for (int i = 0; i < order.size() - 1; i++) {
            Component next = order.get(i + 1);
            if (order.get(i) instanceof KeyNotifier notifier && next instanceof Focusable<?> focusable) {
                notifier.addKeyDownListener(Key.ENTER, e -> focusable.focus());
            }
        }
    }

    /** Question code → what was typed; a date as dd.mm.yyyy [hh:mm] becomes the ISO date-time the survey stores. */
    Map<String, String> answers() {
        Map<String, String> typed = new LinkedHashMap<>();
        answers.forEach((q, field) -> typed.put(q.code(), q.kind() == Kind.DATETIME ? isoDateTime(field.getValue()) : field.getValue()));
        return typed;
    }

    Map<String, String> difficulties() {
        Map<String, String> typed = new LinkedHashMap<>();
        difficulties.forEach((q, field) -> {
            if (!field.getValue().isBlank()) {
                typed.put(q.code(), field.getValue());
            }
        });
        return typed;
    }

    String comment() {
        return comment.getValue();
    }

    String contact() {
        return contact.getValue();
    }

    boolean consent() {
        return consent.getValue();
    }

    Map<String, HasValidation> problemFields() {
        return byProblemField;
    }

    void clear() {
        answers.values().forEach(TextField::clear);
        difficulties.values().forEach(TextField::clear);
        comment.clear();
        contact.clear();
        consent.clear();
        byProblemField.values().forEach(f -> f.setInvalid(false));
    }

    void focusFirst() {
        answers.values().stream().findFirst().ifPresent(TextField::focus);
    }

    static String isoDateTime(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return value;
        }
        try {
            return LocalDateTime.parse(value.replaceAll("\\s+", " "), DATE_TIME).toString();
        } catch (DateTimeParseException notWithTime) {
            try {
                return LocalDate.parse(value, DATE).atStartOfDay().toString();
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
    }

    private static String key(Question q) {
        return q.field().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
