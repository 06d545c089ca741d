package dev.lambdaobs.dashboardgen.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the tokens of an expression the preview evaluates (metric math, a Logs Insights filter, a Metrics Insights
 * query): keywords match without regard to case, and what cannot be read is an {@link UnsupportedOperationException}
 * whose message the page shows as "not evaluated locally".
 *
 * <pre>{@code
 * TokenCursor cursor = new TokenCursor(List.of("a", "AND", "b"), "filter");
 * cursor.next();                 // "a"
 * cursor.accept("and");          // true
 * }</pre>
 */
public final class TokenCursor {
    private final List<String> tokens;
    private final String what;
    private int position;

    /** @param what what the tokens are, for messages ("expression", "filter") */
    public TokenCursor(List<String> tokens, String what) {
        this.tokens = List.copyOf(tokens);
        this.what = what;
    }

    /**
     * The tokens of {@code text}: each match of {@code token}'s group 1 where the last one ended (the pattern skips
     * the blanks before a token); what no token matches fails naming where.
     */
    public static TokenCursor read(Pattern token, String text, String what) {
        List<String> read = new ArrayList<>();
        Matcher matcher = token.matcher(text);
        int at = 0;
        while (at < text.length() && !text.substring(at).isBlank()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new UnsupportedOperationException("cannot read the " + what + " at '" + text.substring(at).trim() + "'");
            }
            read.add(matcher.group(1));
            at = matcher.end();
        }
        return new TokenCursor(read, what);
    }

    /** Consumes the next token when it is {@code token}, ignoring case. */
    public boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    public void expect(String token) {
        if (!accept(token)) {
            throw new UnsupportedOperationException("expected '" + token + "'");
        }
    }

    public String next() {
        if (position >= tokens.size()) {
            throw new UnsupportedOperationException("unexpected end of " + what);
        }
        return tokens.get(position++);
    }

    /** The next token without consuming it; {@code null} at the end. */
    public String peek() {
        return position < tokens.size() ? tokens.get(position) : null;
    }

    public boolean atEnd() {
        return position >= tokens.size();
    }

    /** Fails on a token left over once the whole {@code what} was read. */
    public void expectEnd() {
        if (position != tokens.size()) {
            throw new UnsupportedOperationException("unexpected '" + tokens.get(position) + "'");
        }
    }
}
