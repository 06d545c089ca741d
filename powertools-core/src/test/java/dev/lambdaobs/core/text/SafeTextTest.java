package dev.lambdaobs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    private static final Object BOMB = new Object() {
        @Override
        public String toString() {
            throw new IllegalStateException("boom");
        }
    };

    @Test
    void namesWhatThrewInsteadOfThrowing() {
        RuntimeException nasty = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(SafeText.of(BOMB)).startsWith("<").endsWith(".toString() threw java.lang.IllegalStateException>");
        assertThat(SafeText.message(nasty)).endsWith(".getMessage() threw java.lang.UnsupportedOperationException>");
        assertThat(SafeText.describe(new IllegalArgumentException("bad"))).isEqualTo("java.lang.IllegalArgumentException: bad");
        assertThat(SafeText.describe(new IllegalArgumentException())).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(SafeText.of(null)).isEqualTo("null");
        assertThat(SafeText.threw(BOMB, "toString", new IllegalStateException())).isEqualTo(SafeText.of(BOMB));
    }
}
