package dev.lambdaobs.dashboardgen.preview;

import java.util.List;

/**
 * Walks the tokens of an expression the preview evaluates (metric math, a Logs Insights filter):
 * keywords match without regard to case, and what cannot be read is an {@link UnsupportedOperationException}
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

    /** Fails on a token left over once the whole {@code what} was read. */
    public void expectEnd() {
        if (position != tokens.size()) {
            throw new UnsupportedOperationException("unexpected '" + tokens.get(position) + "'");
        }
    }
}
