package dev.lambdaobs.core.masking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Query strings and form bodies ({@code a=1&token=x}, or a URL with one after {@code ?}): masks values by name. */
final class Parameters {
    private Parameters() {
    }

    /** One token without spaces holding at least one {@code name=value}. */
    static boolean looksLike(String text) {
        if (text.isEmpty() || text.indexOf('=') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String mask(String text, MaskingPolicy policy) {
        int query = text.indexOf('?');
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, query + 1);
        String[] pairs = text.substring(query + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            String pair = pairs[i];
            int eq = pair.indexOf('=');
            if (eq > 0 && policy.isSensitiveParameter(decode(pair.substring(0, eq)))) {
                out.append(pair, 0, eq + 1).append(Masking.MASK);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
