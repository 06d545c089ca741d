package dev.lambdaobs.core.masking;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The masking decisions, made once for both tree walkers: {@link Masking} over Jackson trees (the logs,
 * the xray-sdk backend's captures) and {@link PlainMasking} over plain maps and lists (the otel
 * backend's captures, without Jackson). A walker asks what to do with each member and item and does it;
 * strings are masked here, JSON inside them read and written without Jackson, so both walkers mask
 * the same text the same way.
 */
final class MaskRules {
    /** What a walker does with one object member or array item. */
    enum Action {
        /** Replace the value by {@link Masking#MASK}. */
        MASK,
        /** A string: replace it by {@link #text}. */
        TEXT,
        /** A base64 {@code body}: replace it by {@link #base64}. */
        BASE64_TEXT,
        /** Walk into the value. */
        NESTED,
        /** Walk into the value, an object of query-string parameters ({@code key} is a secret there). */
        NESTED_PARAMETERS,
        /** Keep the value (a number, a boolean, null). */
        KEEP
    }

    /** The kinds of JSON value the decisions tell apart. */
    enum Kind { NULL, TEXT, CONTAINER, SCALAR }

    /** {@code queryStringParameters}, {@code multiValueQueryStringParameters}: objects of query parameters. */
    private static final String PARAMETERS_SUFFIX = "querystringparameters";

    private MaskRules() {
    }

    /** A member {@code key} of an object; {@code parameters}: the object holds query-string parameters. */
    static Action member(String key, Kind kind, boolean parameters, boolean base64Object, MaskingPolicy policy) {
        boolean sensitive = parameters ? policy.isSensitiveParameter(key) : policy.isSensitive(key);
        if (sensitive && kind != Kind.NULL) {
            return Action.MASK;
        }
        return switch (kind) {
            case TEXT -> base64Object && key.equals("body") ? Action.BASE64_TEXT : Action.TEXT;
            case CONTAINER -> endsWithIgnoringCase(key, PARAMETERS_SUFFIX) ? Action.NESTED_PARAMETERS : Action.NESTED;
            default -> Action.KEEP;
        };
    }

    /** An array item, or the whole value. */
    static Action item(Kind kind) {
        return switch (kind) {
            case TEXT -> Action.TEXT;
            case CONTAINER -> Action.NESTED;
            default -> Action.KEEP;
        };
    }

    /**
     * True when an object's {@code isBase64Encoded} member ({@code value}: a Boolean, String or Number,
     * or null when absent) says its {@code body} is base64, as Jackson's {@code asBoolean()} reads it.
     */
    static boolean isTrue(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text) {
            return text.strip().equals("true");
        }
        return (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() != 0;
    }

    /** A string value: JSON inside is masked and written back as text; so are query strings and form bodies. */
    static String text(String text, MaskingPolicy policy) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return PlainMasking.maskJsonText(text, policy);
            } catch (IllegalArgumentException e) {
                return TextMasking.mask(text, policy);
            }
        }
        return Parameters.looksLike(text) ? Parameters.mask(text, policy) : TextMasking.mask(text, policy);
    }

    /** A base64 body: decoded, masked as {@link #text}, encoded again; the same string when nothing is masked. */
    static String base64(String text, MaskingPolicy policy) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text(text, policy);
        }
        String masked = text(decoded, policy);
        return masked.equals(decoded) ? text : Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean endsWithIgnoringCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
