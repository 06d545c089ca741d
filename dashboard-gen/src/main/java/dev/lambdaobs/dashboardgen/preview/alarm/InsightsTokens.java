package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a Metrics Insights query, read as its documentation quotes them: keywords in any case,
 * names bare or in double quotation marks (which makes a keyword a name, {@code "LIMIT"}), label values
 * in single quotation marks, a backslash escaping a quotation mark inside either. What cannot be read is
 * an {@link UnsupportedOperationException}, shown as the reason the alarm is not evaluated.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage.html">What needs quotation marks or escape characters?</a>
 */
final class InsightsTokens {
    private enum Kind { WORD, QUOTED_NAME, VALUE, NUMBER, SYMBOL }

    private record Token(Kind kind, String text) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private InsightsTokens(String query) {
        int at = 0;
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
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
                tokens.add(new Token(c == '"' ? Kind.QUOTED_NAME : Kind.VALUE, text.toString()));
                at = end + 1;
            } else if (Character.isLetter(c) || c == '_' || Character.isDigit(c)) {
                int end = at;
                while (end < query.length() && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_')) {
                    end++;
                }
                String word = query.substring(at, end);
                tokens.add(new Token(word.chars().allMatch(Character::isDigit) ? Kind.NUMBER : Kind.WORD, word));
                at = end;
            } else if (query.startsWith("!=", at)) {
                tokens.add(new Token(Kind.SYMBOL, "!="));
                at += 2;
            } else if ("=(),/;".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                at++;
            } else {
                throw new UnsupportedOperationException("cannot read the query at '" + query.substring(at).trim() + "'");
            }
        }
    }

    static InsightsTokens of(String query) {
        return new InsightsTokens(query);
    }

    /** Consumes the next token when it is the keyword {@code keyword} (any case, not quoted). */
    boolean keyword(String keyword) {
        return accept(Kind.WORD, keyword);
    }

    void expectKeyword(String keyword) {
        if (!keyword(keyword)) {
            throw unexpected(keyword);
        }
    }

    /** Consumes the next token when it is {@code symbol}. */
    boolean symbol(String symbol) {
        return accept(Kind.SYMBOL, symbol);
    }

    void expectSymbol(String symbol) {
        if (!symbol(symbol)) {
            throw unexpected("'" + symbol + "'");
        }
    }

    /** A name: a bare word or a double-quoted one. */
    String name(String what) {
        Token token = peek();
        if (token == null || (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED_NAME)) {
            throw unexpected(what);
        }
        position++;
        return token.text();
    }

    /** A label value in single quotation marks. */
    String value() {
        Token token = peek();
        if (token == null || token.kind() != Kind.VALUE) {
            throw unexpected("a label value in single quotation marks");
        }
        position++;
        return token.text();
    }

    int number(String what) {
        Token token = peek();
        if (token == null || token.kind() != Kind.NUMBER || token.text().length() > 9) {
            throw unexpected(what);
        }
        position++;
        return Integer.parseInt(token.text());
    }

    /** The next token as written, upper case when it is a bare word; empty at the end. */
    String upcoming() {
        Token token = peek();
        return token == null ? "" : token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : token.text();
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    UnsupportedOperationException unexpected(String expected) {
        return new UnsupportedOperationException("expected " + expected + (atEnd() ? " at the end of the query"
                : " at '" + tokens.get(position).text() + "'"));
    }

    private boolean accept(Kind kind, String text) {
        Token token = peek();
        if (token != null && token.kind() == kind && token.text().equalsIgnoreCase(text)) {
            position++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return position < tokens.size() ? tokens.get(position) : null;
    }
}
