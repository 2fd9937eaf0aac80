package ru.perechen.feedback.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * The paper form of act 004 (Приложение № 1) for one touchpoint, on portrait A4: the agency, the
 * touchpoint, the QR code of its link for those who prefer to answer online, and every question of the
 * survey with its number and the feedback platform's code in brackets — «5(15)» — and each option with its
 * own, so that the form is typed in by those codes. Boxes to tick; the difficulties line under the scores.
 */
final class PaperForm {

    /** Texts of the bundle, as {@code Component::getTranslation} gives them. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);
    }

    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1000;
    private static final String FONT = "Times New Roman";
    private static final String BOX_FONT = "Segoe UI Symbol";
    private static final String BOX = "\u2610";
    private static final String LINE = "________________________________________________________________";
    private static final int QR_POINTS = 100;

    private final Texts texts;

    PaperForm(Texts texts) {
        this.texts = texts;
    }

    byte[] docx(String agencyName, String agencyShortName, String touchpoint, String url, SurveyDefinition survey) {
        try (XWPFDocument doc = portrait()) {
            paragraph(doc, ParagraphAlignment.CENTER, 0).run(agencyName, false, false, 10);
            paragraph(doc, ParagraphAlignment.CENTER, 120).run(texts.get("feedback.page.paper.title"), true, false, 13);
            paragraph(doc, ParagraphAlignment.CENTER, 120).run(survey.title(), true, false, 12);
            qr(doc, url);
            block(doc, 1, "feedback.form.block1", survey, touchpoint);
            block(doc, 2, "feedback.form.block2", survey, touchpoint);
            heading(doc, texts.get("feedback.form.comment"));
            paragraph(doc, ParagraphAlignment.LEFT, 0).run(LINE, false, false, 11);
            paragraph(doc, ParagraphAlignment.LEFT, 120).run(LINE, false, false, 11);
            heading(doc, texts.get("feedback.form.contact"));
            paragraph(doc, ParagraphAlignment.LEFT, 60).run(LINE, false, false, 11);
            Line consent = paragraph(doc, ParagraphAlignment.LEFT, 120);
            consent.box();
            consent.run(" " + texts.get("feedback.form.consent", agencyShortName), false, false, 9);
            paragraph(doc, ParagraphAlignment.LEFT, 60).run(texts.get("feedback.form.anonymous"), false, true, 9);
            paragraph(doc, ParagraphAlignment.LEFT, 0).run(texts.get("feedback.page.paper.codes"), false, true, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    private void qr(XWPFDocument doc, String url) {
        Line line = paragraph(doc, ParagraphAlignment.CENTER, 0);
        try {
            line.run.addPicture(new ByteArrayInputStream(QrCodes.png(url, 8)), PictureType.PNG, "qr.png", Units.toEMU(QR_POINTS),
                    Units.toEMU(QR_POINTS));
        } catch (InvalidFormatException | IOException broken) {
            throw new IllegalStateException("QR code picture", broken);
        }
        paragraph(doc, ParagraphAlignment.CENTER, 160).run(texts.get("feedback.page.paper.online", url), false, true, 9);
    }

    private void block(XWPFDocument doc, int block, String titleKey, SurveyDefinition survey, String touchpoint) {
        heading(doc, texts.get(titleKey).toUpperCase(Locale.ROOT));
        boolean scaleNoted = false;
        for (Question q : survey.block(block)) {
            if (q.kind() == SurveyDefinition.Kind.SCALE && !scaleNoted) {
                paragraph(doc, ParagraphAlignment.LEFT, 60).run(texts.get("feedback.page.paper.scale"), false, true, 11);
                scaleNoted = true;
            }
            question(doc, survey, q, touchpoint);
        }
    }

    private void question(XWPFDocument doc, SurveyDefinition survey, Question q, String touchpoint) {
        Line title = paragraph(doc, ParagraphAlignment.LEFT, 40);
        title.keepNext();
        title.run(q.label() + ". ", true, false, 11);
        if (q.askedWhen() != null) {
            title.run(askedWhen(survey, q) + " ", false, true, 11);
        }
        title.run(q.text(), false, false, 11);
        switch (q.kind()) {
            case CHOICE -> {
                title.run(" " + texts.get("feedback.page.paper.single"), false, true, 10);
                for (Option o : q.options()) {
                    Line option = paragraph(doc, ParagraphAlignment.LEFT, 0);
                    option.indent();
                    option.box();
                    option.run(" " + optionLabel(o) + ". " + o.text(), false, false, 11);
                }
                paragraph(doc, ParagraphAlignment.LEFT, 60);
            }
            case SCALE -> {
                Line scale = paragraph(doc, ParagraphAlignment.LEFT, 20);
                scale.indent();
                for (Option o : q.options()) {
                    scale.box();
                    scale.run(" " + optionLabel(o) + "        ", false, false, 11);
                }
                Line difficulties = paragraph(doc, ParagraphAlignment.LEFT, 100);
                difficulties.indent();
                difficulties.run(texts.get("feedback.form.difficulty", survey.followUp()) + " " + LINE, false, false, 9);
            }
            case FIXED -> paragraph(doc, ParagraphAlignment.LEFT, 80).run(q.field() == Field.TOUCHPOINT && touchpoint != null
                    ? touchpoint : LINE, q.field() == Field.TOUCHPOINT, false, 11);
            case DATETIME -> paragraph(doc, ParagraphAlignment.LEFT, 80).run(texts.get("feedback.page.paper.datetime"), false, false, 11);
            case TEXT -> paragraph(doc, ParagraphAlignment.LEFT, 80).run(LINE, false, false, 11);
        }
    }

    /** «Вопрос задаётся, если в вопросе 8(19) выбран ответ 2». */
    private String askedWhen(SurveyDefinition survey, Question q) {
        return survey.question(q.askedWhen().field()).map(by -> texts.get("feedback.page.paper.asked-when", by.label(),
                        by.option(q.askedWhen().value()).map(PaperForm::optionLabel).orElse(q.askedWhen().value())))
                .orElse("");
    }

    /** «1», or «2(4)» where the platform's code differs from the printed number. */
    static String optionLabel(Option o) {
        return o.code() == null || o.code().equals(o.number()) ? o.number() : o.number() + "(" + o.code() + ")";
    }

    /** Every question's label and options by code, as the entry page explains them. */
    static String codes(Question q) {
        return q.options().stream().map(o -> o.code() + " — " + o.text()).collect(Collectors.joining("; "));
    }

    private void heading(XWPFDocument doc, String text) {
        Line line = paragraph(doc, ParagraphAlignment.LEFT, 80);
        line.keepNext();
        line.run(text, true, false, 12);
    }

    private static XWPFDocument portrait() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN + 200));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        return doc;
    }

    private static Line paragraph(XWPFDocument doc, ParagraphAlignment alignment, int spacingAfter) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        paragraph.setSpacingBefore(0);
        return new Line(paragraph);
    }

    /** One paragraph being written, run after run. */
    private static final class Line {
        private final XWPFParagraph paragraph;
        private XWPFRun run;

        Line(XWPFParagraph paragraph) {
            this.paragraph = paragraph;
            this.run = paragraph.createRun();
        }

        void run(String text, boolean bold, boolean italic, int points) {
            run = paragraph.createRun();
            run.setText(text);
            run.setBold(bold);
            run.setItalic(italic);
            run.setFontFamily(FONT);
            run.setFontSize(points);
        }

        void box() {
            run = paragraph.createRun();
            run.setText(BOX);
            run.setFontFamily(BOX_FONT);
            run.setFontSize(14);
        }

        void indent() {
            paragraph.setIndentationLeft(360);
        }

        void keepNext() {
            paragraph.setKeepNext(true);
        }
    }
}
