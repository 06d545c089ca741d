package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a metric math expression into numbers, names, operators and brackets. */
final class MathTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|\\.\\d+|[A-Za-z_][A-Za-z0-9_]*|<=|>=|==|!=|&&|\\|\\||[-+*/^()\\[\\],<>])");

    private MathTokens() {
    }

    static List<String> split(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            if (expression.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                throw new UnsupportedOperationException("cannot read the expression at '" + expression.substring(at).trim() + "'");
            }
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        return tokens;
    }
}
