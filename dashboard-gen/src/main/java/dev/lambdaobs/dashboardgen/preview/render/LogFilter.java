package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.TokenCursor;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Logs Insights {@code filter} expressions our saved queries use, evaluated on local JSON log
 * lines: {@code and}, {@code or}, {@code not}, parentheses, {@code ispresent(field)}, comparisons
 * ({@code = != < <= > >=}) of fields (dotted paths, {@code @timestamp}, {@code @message}) with strings,
 * numbers and {@code like "text"}. A JSON {@code true} compares equal to 1, as in Logs Insights.
 * Anything else is {@link UnsupportedOperationException}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-operations-functions.html">Logs Insights operators</a>
 */
final class LogFilter {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|-?\\d+(?:\\.\\d+)?|[@A-Za-z_][@A-Za-z0-9_.]*|<=|>=|!=|=|<|>|\\(|\\))");
    private final TokenCursor tokens;

    private LogFilter(String text) {
        this.tokens = TokenCursor.read(TOKEN, text, "filter");
    }

    static Predicate<JsonNode> parse(String text) {
        LogFilter filter = new LogFilter(text);
        Predicate<JsonNode> predicate = filter.or();
        filter.tokens.expectEnd();
        return predicate;
    }

    /** A field of a log line: a dotted path, or the whole line for {@code @message}. */
    static JsonNode field(JsonNode line, String name) {
        if (name.equals("@message")) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(line.toString());
        }
        JsonNode node = line.path(name.equals("@timestamp") ? "timestamp" : name);
        if (node.isMissingNode() && name.contains(".")) {
            node = line;
            for (String part : name.split("\\.")) {
                node = node.path(part);
            }
        }
        return node;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (tokens.accept("or")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = not();
        while (tokens.accept("and")) {
            left = left.and(not());
        }
        return left;
    }

    private Predicate<JsonNode> not() {
        return tokens.accept("not") ? not().negate() : comparison();
    }

    private Predicate<JsonNode> comparison() {
        if (tokens.accept("(")) {
            Predicate<JsonNode> inner = or();
            tokens.expect(")");
            return inner;
        }
        if (tokens.accept("ispresent")) {
            tokens.expect("(");
            String name = tokens.next();
            tokens.expect(")");
            return line -> !field(line, name).isMissingNode() && !field(line, name).isNull();
        }
        String name = tokens.next();
        String op = tokens.next();
        String literal = tokens.next();
        if (op.equalsIgnoreCase("like")) {
            String text = unquote(literal);
            return line -> field(line, name).asText().contains(text);
        }
        return line -> compare(field(line, name), op, literal);
    }

    private static boolean compare(JsonNode value, String op, String literal) {
        if (value.isMissingNode() || value.isNull()) {
            return op.equals("!=");
        }
        int order;
        if (literal.startsWith("\"") || literal.startsWith("'")) {
            order = value.asText().compareTo(unquote(literal));
        } else {
            double number = value.isBoolean() ? (value.asBoolean() ? 1 : 0) : value.asDouble(Double.NaN);
            if (Double.isNaN(number)) {
                return op.equals("!=");
            }
            order = Double.compare(number, Double.parseDouble(literal));
        }
        return switch (op) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> throw new UnsupportedOperationException("operator " + op);
        };
    }

    private static String unquote(String literal) {
        return literal.length() >= 2 && (literal.startsWith("\"") || literal.startsWith("'"))
                ? literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\'", "'") : literal;
    }

}
