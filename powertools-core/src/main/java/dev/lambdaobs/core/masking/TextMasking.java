package dev.lambdaobs.core.masking;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets that free text echoes: an exception message or stack trace quoting its input
 * ({@code invalid body {"password":"hunter2"}}, {@code token=abc}, {@code api_key: abc}). The value after
 * a sensitive key and {@code :} or {@code =} becomes {@value Masking#MASK}.
 *
 * <pre>{@code
 * TextMasking.mask("bad request: password=hunter2", MaskingPolicy.DEFAULT);   // "bad request: password=****"
 * }</pre>
 */
public final class TextMasking {
    private static final Map<MaskingPolicy, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private TextMasking() {
    }

    /** {@code text} with every value after a sensitive key masked; the same string when there is none. */
    public static String mask(String text, MaskingPolicy policy) {
        if (text == null || !mentionsAWord(text, policy)) {
            return text;
        }
        Matcher matcher = PATTERNS.computeIfAbsent(policy, TextMasking::compile).matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = matcher.group(2);
            String mask = value.startsWith("\"") ? '"' + Masking.MASK + '"' : Masking.MASK;
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + mask));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Most text mentions no secret: one scan instead of the pattern. */
    private static boolean mentionsAWord(String text, MaskingPolicy policy) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : policy.words()) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Pattern compile(MaskingPolicy policy) {
        StringBuilder words = new StringBuilder();
        for (String word : policy.words()) {
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(word));
        }
        // Not right after "(" or a name character: "(SecretStore.java:42)" in a stack is no key.
        return Pattern.compile("((?<![(\\w.-])\"?[\\w.-]*(?:" + words + ")[\\w.-]*\"?\\s*[:=]\\s*)"
                + "(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s,;&}\\]\"]+)", Pattern.CASE_INSENSITIVE);
    }
}
