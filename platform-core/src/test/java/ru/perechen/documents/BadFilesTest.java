package ru.perechen.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus is refused with its own message, before or while it is read; the refusals
 * are what the upload shows. The corpus is written to target/bad-files to look at.
 */
class BadFilesTest {

    static List<BadFiles.Case> corpus() {
        return BadFiles.all();
    }

    @Test
    void the_corpus_has_at_least_thirty_cases_and_is_kept_for_inspection() throws Exception {
        List<BadFiles.Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        Path dir = Path.of("target", "bad-files");
        java.nio.file.Files.createDirectories(dir);
        for (int i = 0; i < cases.size(); i++) {
            java.nio.file.Files.write(dir.resolve(String.format("%02d-%s", i + 1, cases.get(i).fileName())),
                    cases.get(i).bytes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_bad_file_is_refused_with_its_reason(BadFiles.Case bad) {
        DocumentRejectedException refused = catchThrowableOfType(DocumentRejectedException.class, () -> {
            DocumentFormat format = UploadGuard.check(bad.fileName(), bad.bytes());
            TableReader.read(format, bad.bytes());
        });
        assertThat(refused).as(bad.name()).isNotNull();
        assertThat(refused.messageKey()).as(bad.name()).isEqualTo(bad.refusal());
    }

    @Test
    void a_formula_is_refused_with_its_sheet_and_cell() {
        BadFiles.Case formula = corpus().stream().filter(c -> c.refusal().equals("import.reject.formula")).findFirst().orElseThrow();
        DocumentRejectedException refused = catchThrowableOfType(DocumentRejectedException.class,
                () -> TableReader.read(UploadGuard.check(formula.fileName(), formula.bytes()), formula.bytes()));
        assertThat(refused.arguments()).containsExactly("Перечень", "B2");
    }
}
