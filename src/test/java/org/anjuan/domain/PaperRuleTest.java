package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperRuleTest {

    private final PaperRule rule = new PaperRule();

    @ParameterizedTest(name = "{0}: {1} × {2} mm -> {3}")
    @CsvSource(delimiter = ';', nullValues = "A4", textBlock = """
            # paper                  ; width  ; height ; advice
            A4 portrait              ; 210    ; 297    ; A4
            A4 landscape             ; 297    ; 210    ; A4
            A4 as 595 × 842 pt       ; 209.9  ; 297.0  ; A4
            3 mm larger each way     ; 213    ; 300    ; A4
            3 mm smaller each way    ; 207    ; 294    ; A4
            landscape at the edges   ; 300    ; 207    ; A4
            just too wide            ; 213.1  ; 297    ; FOLD
            just too long            ; 210    ; 300.1  ; FOLD
            just too narrow          ; 206.9  ; 297    ; MOUNT
            just too short           ; 210    ; 293.9  ; MOUNT
            A3 portrait              ; 297    ; 420    ; FOLD
            A3 landscape             ; 420    ; 297    ; FOLD
            Legal                    ; 215.9  ; 355.6  ; FOLD
            A5                       ; 148    ; 210    ; MOUNT
            A5 landscape             ; 210    ; 148    ; MOUNT
            B5 (JIS)                 ; 182    ; 257    ; MOUNT
            B5 (ISO)                 ; 176    ; 250    ; MOUNT
            16开                     ; 185    ; 260    ; MOUNT
            US Letter                ; 215.9  ; 279.4  ; FOLD_AND_MOUNT
            US Letter landscape      ; 279.4  ; 215.9  ; FOLD_AND_MOUNT
            long narrow receipt      ; 80     ; 320    ; FOLD_AND_MOUNT
            narrow receipt, A4 long  ; 80     ; 297    ; MOUNT
            """)
    void advisesPerArticleFive(String paper, double width, double height, PaperAdvice expected) {
        assertThat(rule.advice(width, height)).as(paper).isEqualTo(expected);
        assertThat(rule.isA4(width, height)).as(paper).isEqualTo(expected == null);
    }

    @Test
    void labelsSayWhatToDoInChinese() {
        assertThat(PaperAdvice.FOLD.label()).isEqualTo("过大，折叠成A4幅面");
        assertThat(PaperAdvice.MOUNT.label()).isEqualTo("过小，用A4纸托裱");
        assertThat(PaperAdvice.FOLD_AND_MOUNT.label()).contains("折叠").contains("托裱");
    }

    @Test
    void aScannedPageCarriesTheAdviceOfItsSize() {
        ScannedPage a4 = ScannedPage.of(1, 210, 297, 0, false);
        ScannedPage a3 = ScannedPage.of(2, 420, 297, 90, true);

        assertThat(a4.a4()).isTrue();
        assertThat(a4.advice()).isNull();
        assertThat(a3.a4()).isFalse();
        assertThat(a3.advice()).isEqualTo(PaperAdvice.FOLD);
        assertThat(a3.blank()).isTrue();
        assertThatThrownBy(() -> new ScannedPage(1, 210, 297, 0, true, PaperAdvice.FOLD, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScannedPage.of(0, 210, 297, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
