package dev.lambdaobs.core.masking;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain values without Jackson: objects as {@code LinkedHashMap<String, Object>},
 * arrays as {@code ArrayList}, strings, {@code Boolean}, null, integers as {@code Integer}/{@code Long}/
 * {@code BigInteger} and other numbers as {@code Double}, as
 * Jackson's {@code readTree} types them. Strict (RFC 8259): text that is not exactly one JSON value
 * throws {@link IllegalArgumentException}; so does nesting deeper than {@link #MAX_DEPTH}.
 */
final class PlainJsonReader {
    /** Jackson's default nesting limit ({@code StreamReadConstraints}), so both readers refuse the same text. */
    static final int MAX_DEPTH = 1_000;

    private final String text;
    private int at;

    private PlainJsonReader(String text) {
        this.text = text;
    }

    /** The value {@code text} holds. */
    static Object read(String text) {
        PlainJsonReader reader = new PlainJsonReader(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.error("text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("a member name expected");
            }
            String key = string();
            skipSpace();
            expect(':');
            members.put(key, value(depth));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            items.add(value(depth));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String string() {
        at++;
        int start = at;
        // Most strings have no escape: one substring, no builder.
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                at = i + 1;
                return text.substring(start, i);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = at < text.length() ? text.charAt(at++) : '\0';
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("a short \\u escape");
                    }
                    out.append((char) hex(text.substring(at, at + 4)));
                    at += 4;
                }
                default -> throw error("a bad escape");
            }
        }
        throw error("an unterminated string");
    }

    private int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw error("a bad \\u escape");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("a value expected");
        }
        at += word.length();
        return value;
    }

    private Number number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int intStart = at;
        digits();
        if (at == intStart || text.charAt(intStart) == '0' && at - intStart > 1) {
            throw error("a value expected");
        }
        boolean integral = true;
        if (peek() == '.') {
            at++;
            integral = false;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            requireDigits();
        }
        String literal = text.substring(start, at);
        if (integral && literal.length() <= 18) {
            long value = Long.parseLong(literal);
            return value == (int) value ? (Number) (int) value : (Number) value;
        }
        if (integral) {
            BigInteger value = new BigInteger(literal);
            return value.bitLength() < 32 ? (Number) value.intValue()
                    : value.bitLength() < 64 ? (Number) value.longValue() : value;
        }
        // Beyond the double range this is Infinity, as Jackson reads it too.
        return Double.parseDouble(literal);
    }

    private void requireDigits() {
        int start = at;
        digits();
        if (at == start) {
            throw error("digits expected");
        }
    }

    private void digits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not JSON: " + what + " at offset " + at);
    }
}
