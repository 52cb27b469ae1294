package dev.jpwsh.dotnet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** System.Text.Encoding's names, byte order marks and replacement behaviour. */
class EncodingTest {
    @Test
    void utf8WritesAMarkOnlyWhenMadeSo() {
        assertThat(Encoding.getUTF8().preamble()).hasSize(3);
        assertThat(Encoding.getDefault().preamble()).isEmpty();
        assertThat(new Encoding.UTF8Encoding(false).preamble()).isEmpty();
        assertThat(Encoding.getUTF8()).isEqualTo(Encoding.GetEncoding("utf-8"));
    }

    @Test
    void asciiReplacesWhatItLacksWithAQuestionMark() {
        assertThat(Encoding.getASCII().decode(new byte[] {'a', (byte) 200})).isEqualTo("a?");
        assertThat(Encoding.getASCII().encode("é")).containsExactly('?');
    }

    @Test
    void byteOrderMarksAreDetectedUtf32BeforeUtf16() {
        assertThat(Encoding.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, 4).getWebName()).isEqualTo("utf-32");
        assertThat(Encoding.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0}, 4).getWebName())
                .isEqualTo("utf-16");
        assertThat(Encoding.detect(new byte[] {(byte) 0xEF, (byte) 0xBB}, 2)).isNull();
        assertThat(Encoding.detect("abc".getBytes(StandardCharsets.UTF_8), 3)).isNull();
    }

    @Test
    void unknownNamesAndCodePagesAreRefusedAsDotNetDoes() {
        assertThatThrownBy(() -> Encoding.GetEncoding("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'nope' is not a supported encoding name.");
        assertThatThrownBy(() -> Encoding.GetEncoding(1252)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("No data is available for encoding 1252.");
    }
}
