package ru.perechen.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Formula injection: whatever the text, what a CSV gets is never a formula, and it comes back unchanged. */
class CellSafetyTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> risky = Arbitraries.strings().withChars("=+-@\t\r'").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('а', 'я').withChars(" ;,=+-@'\"\n0123456789()").ofMaxLength(20);
        return Arbitraries.oneOf(tail, risky, risky.flatMap(r -> tail.map(t -> r + t)));
    }

    @Property(tries = 2000)
    void a_neutralised_text_is_never_a_formula(@ForAll("texts") String text) {
        assertThat(CellSafety.dangerous(CellSafety.neutralise(text))).isFalse();
    }

    @Property(tries = 2000)
    void restoring_gives_back_the_text(@ForAll("texts") String text) {
        assertThat(CellSafety.restore(CellSafety.neutralise(text))).isEqualTo(text);
    }

    @Property(tries = 500)
    void safe_text_is_left_alone(@ForAll("texts") String text) {
        if (!text.startsWith("'") && !CellSafety.dangerous(text)) {
            assertThat(CellSafety.neutralise(text)).isEqualTo(text);
        }
    }
}
