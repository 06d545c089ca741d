package dev.lambdaobs.core.masking;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.Settings;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which keys hold secrets. A key is sensitive when it contains, in any case, one of the {@link #words()}:
 * the {@link #DEFAULT_WORDS} and those of {@code POWERTOOLS_MASK_KEYS} (or logging's older
 * {@code POWERTOOLS_LOGGER_MASK_KEYS}). A query-string or form parameter is sensitive too when its
 * name is one of {@link #SENSITIVE_PARAMETERS} ({@code ?key=...}).
 *
 * <pre>{@code
 * MaskingPolicy policy = MaskingPolicy.from(config.settings());
 * policy.isSensitive("X-Api-Key");      // true
 * }</pre>
 *
 * @param words lower-case words; a key containing one is masked
 */
public record MaskingPolicy(Set<String> words) {
    /** Masked by default: credentials in headers, bodies, query strings and authorizer events. */
    public static final List<String> DEFAULT_WORDS = List.of("authorization", "cookie", "password", "passwd",
            "secret", "token", "apikey", "api-key", "api_key", "accesskey", "access_key", "credential",
            "signature", "private_key", "private-key", "identitysource");
    /** Parameter names masked in query strings and form bodies besides those containing a word. */
    public static final Set<String> SENSITIVE_PARAMETERS = Set.of("key", "sig", "code");
    /** The default policy. */
    public static final MaskingPolicy DEFAULT = of(DEFAULT_WORDS);

    public MaskingPolicy {
        Set<String> normalized = new LinkedHashSet<>();
        for (String word : words) {
            if (word != null && !word.isBlank()) {
                normalized.add(word.trim().toLowerCase(Locale.ROOT));
            }
        }
        words = Set.copyOf(normalized);
    }

    /** The defaults and the words of {@code POWERTOOLS_MASK_KEYS} and {@code POWERTOOLS_LOGGER_MASK_KEYS}. */
    public static MaskingPolicy from(Settings settings) {
        Set<String> words = new LinkedHashSet<>(DEFAULT_WORDS);
        words.addAll(settings.list(EnvironmentVariables.MASK_KEYS));
        words.addAll(settings.list(EnvironmentVariables.LOGGER_MASK_KEYS));
        return new MaskingPolicy(words);
    }

    /** A policy masking keys that contain one of {@code words}. */
    public static MaskingPolicy of(Collection<String> words) {
        return new MaskingPolicy(new LinkedHashSet<>(words));
    }

    /** This policy with more words. */
    public MaskingPolicy with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(words);
        all.addAll(more);
        return new MaskingPolicy(all);
    }

    /** True when {@code key} (any case) contains one of the words. */
    public boolean isSensitive(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True for a query-string or form parameter whose value must be masked. */
    public boolean isSensitiveParameter(String name) {
        return isSensitive(name) || SENSITIVE_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
