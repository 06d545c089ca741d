package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.preview.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a Metrics Insights query, read as its documentation quotes them: keywords in any case,
 * names bare or in double quotation marks (which makes a keyword a name, {@code "LIMIT"}), label values
 * in single quotation marks, a backslash escaping a quotation mark inside either. A quoted token keeps its
 * quotation marks around its unescaped text on the {@link TokenCursor}, so it never matches a keyword or a symbol.
 * What cannot be read is an {@link UnsupportedOperationException}, shown as the reason the alarm is not evaluated.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage.html">What needs quotation marks or escape characters?</a>
 */
final class InsightsTokens {
    private final TokenCursor tokens;

    private InsightsTokens(List<String> tokens) {
        this.tokens = new TokenCursor(tokens, "query");
    }

    static InsightsTokens of(String query) {
        List<String> tokens = new ArrayList<>();
        int at = 0;
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder().append(c);
                int end = at + 1;
                while (end < query.length() && query.charAt(end) != c) {
                    if (query.charAt(end) == '\\' && end + 1 < query.length()) {
                        end++;
                    }
                    text.append(query.charAt(end++));
                }
                if (end >= query.length()) {
                    throw new UnsupportedOperationException("unclosed " + c + " in the query");
                }
                tokens.add(text.append(c).toString());
                at = end + 1;
            } else if (bare(c)) {
                int end = at;
                while (end < query.length() && bare(query.charAt(end))) {
                    end++;
                }
                tokens.add(query.substring(at, end));
                at = end;
            } else if (query.startsWith("!=", at)) {
                tokens.add("!=");
                at += 2;
            } else if ("=(),/;".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                at++;
            } else {
                throw new UnsupportedOperationException("cannot read the query at '" + query.substring(at).trim() + "'");
            }
        }
        return new InsightsTokens(tokens);
    }

    /** Consumes the next token when it is the keyword {@code keyword} (any case, not quoted). */
    boolean keyword(String keyword) {
        return tokens.accept(keyword);
    }

    void expectKeyword(String keyword) {
        if (!keyword(keyword)) {
            throw unexpected(keyword);
        }
    }

    /** Consumes the next token when it is {@code symbol}. */
    boolean symbol(String symbol) {
        return tokens.accept(symbol);
    }

    void expectSymbol(String symbol) {
        if (!symbol(symbol)) {
            throw unexpected("'" + symbol + "'");
        }
    }

    /** A name: a bare word or a double-quoted one. */
    String name(String what) {
        String token = tokens.peek();
        if (token == null || !(token.charAt(0) == '"' || bare(token.charAt(0)) && !digits(token))) {
            throw unexpected(what);
        }
        return text(tokens.next());
    }

    /** A label value in single quotation marks. */
    String value() {
        String token = tokens.peek();
        if (token == null || token.charAt(0) != '\'') {
            throw unexpected("a label value in single quotation marks");
        }
        return text(tokens.next());
    }

    int number(String what) {
        String token = tokens.peek();
        if (token == null || !digits(token) || token.length() > 9) {
            throw unexpected(what);
        }
        return Integer.parseInt(tokens.next());
    }

    /** The next token as written, upper case when it is a bare word; empty at the end. */
    String upcoming() {
        String token = tokens.peek();
        return token == null ? "" : bare(token.charAt(0)) ? token.toUpperCase(Locale.ROOT) : text(token);
    }

    boolean atEnd() {
        return tokens.atEnd();
    }

    UnsupportedOperationException unexpected(String expected) {
        return new UnsupportedOperationException("expected " + expected + (atEnd() ? " at the end of the query"
                : " at '" + text(tokens.peek()) + "'"));
    }

    /** A character of a bare word or number. */
    private static boolean bare(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A bare token of digits only. */
    private static boolean digits(String token) {
        return bare(token.charAt(0)) && token.chars().allMatch(Character::isDigit);
    }

    /** A token's text: a quoted one without its quotation marks. */
    private static String text(String token) {
        char first = token.charAt(0);
        return first == '"' || first == '\'' ? token.substring(1, token.length() - 1) : token;
    }
}
