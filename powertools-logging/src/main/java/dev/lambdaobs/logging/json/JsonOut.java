package dev.lambdaobs.logging.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiConsumer;

/**
 * Where a backend's line is written: the operations the shared field writers ({@link InvocationFields},
 * {@link ErrorFields}, {@link LocationFields}, {@link JsonValues}) need. Log4j2's backend adapts its
 * layout's {@code JsonWriter}; Logback's writes a {@link JsonLineWriter} of ours. Both escape and cut
 * strings the same way, so both backends write the same bytes. For backends; not for direct use.
 */
public interface JsonOut {
    /** Writes <code>&#123;</code>. */
    void writeObjectStart();

    /** Writes <code>&#125;</code>. */
    void writeObjectEnd();

    /** Writes {@code [}. */
    void writeArrayStart();

    /** Writes {@code ]}. */
    void writeArrayEnd();

    /** Writes {@code ,}. */
    void writeSeparator();

    /** Writes {@code text} as it is: for pre-rendered {@code "key":} prefixes of our own keys. */
    void writeRawString(String text);

    /** Writes a key supplied by a user, escaped and cut like any string, then {@code :}. */
    void writeObjectKey(CharSequence key);

    /** Writes a JSON string, escaped and cut at the longest string length; null as {@code null}. */
    void writeString(CharSequence text);

    /** Writes as one JSON string the text {@code emitter} appends for {@code state}. */
    <S> void writeString(BiConsumer<StringBuilder, S> emitter, S state);

    /** Writes an integral number. */
    void writeNumber(long number);

    /** Writes a finite double as {@link Double#toString(double)} does. */
    void writeNumber(double number);

    /** Writes a decimal as {@link BigDecimal#toString()} does. */
    void writeNumber(BigDecimal number);

    /** Writes an integer as {@link BigInteger#toString()} does. */
    void writeNumber(BigInteger number);

    /** Writes {@code true} or {@code false}. */
    void writeBoolean(boolean value);

    /** Writes {@code null}. */
    void writeNull();

    /** The text of the line so far, so a writer can roll back what a failing value wrote. */
    StringBuilder getStringBuilder();
}
