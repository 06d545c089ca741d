package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.json.JsonOut;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiConsumer;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/**
 * The shared field writers' {@link JsonOut} over the layout's {@link JsonWriter}: one per thread,
 * pointed at the writer of the event being resolved, so resolving allocates nothing.
 */
final class Log4jJsonOut implements JsonOut {
    private static final ThreadLocal<Log4jJsonOut> OUTS = ThreadLocal.withInitial(Log4jJsonOut::new);

    private JsonWriter writer;

    /** This thread's adapter, writing to {@code writer}. */
    static Log4jJsonOut of(JsonWriter writer) {
        Log4jJsonOut out = OUTS.get();
        out.writer = writer;
        return out;
    }

    @Override
    public void writeObjectStart() {
        writer.writeObjectStart();
    }

    @Override
    public void writeObjectEnd() {
        writer.writeObjectEnd();
    }

    @Override
    public void writeArrayStart() {
        writer.writeArrayStart();
    }

    @Override
    public void writeArrayEnd() {
        writer.writeArrayEnd();
    }

    @Override
    public void writeSeparator() {
        writer.writeSeparator();
    }

    @Override
    public void writeRawString(String text) {
        writer.writeRawString(text);
    }

    @Override
    public void writeObjectKey(CharSequence key) {
        writer.writeObjectKey(key);
    }

    @Override
    public void writeString(CharSequence text) {
        writer.writeString(text);
    }

    @Override
    public <S> void writeString(BiConsumer<StringBuilder, S> emitter, S state) {
        writer.writeString(emitter, state);
    }

    @Override
    public void writeNumber(long number) {
        writer.writeNumber(number);
    }

    @Override
    public void writeNumber(double number) {
        writer.writeNumber(number);
    }

    @Override
    public void writeNumber(BigDecimal number) {
        writer.writeNumber(number);
    }

    @Override
    public void writeNumber(BigInteger number) {
        writer.writeNumber(number);
    }

    @Override
    public void writeBoolean(boolean value) {
        writer.writeBoolean(value);
    }

    @Override
    public void writeNull() {
        writer.writeNull();
    }

    @Override
    public StringBuilder getStringBuilder() {
        return writer.getStringBuilder();
    }
}
