package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A composite alarm's rule evaluated on its children's states: {@code ALARM("name")}, {@code OK(...)},
 * {@code INSUFFICIENT_DATA(...)} (names quoted or bare), {@code TRUE}, {@code FALSE}, {@code NOT},
 * {@code AND}, {@code OR} (NOT binds tightest, then AND, then OR) and parentheses.
 *
 * <pre>{@code
 * CompositeRule.parse("ALARM(\"a\") AND NOT OK(b)").evaluate(states::get);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm AlarmRule</a>
 */
public final class CompositeRule {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\(|\\)|(?:ALARM|OK|INSUFFICIENT_DATA)\\s*\\(\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^)\\s]+)\\s*\\)|[A-Za-z_]+)");
    private static final Pattern CALL = Pattern.compile("(ALARM|OK|INSUFFICIENT_DATA)\\s*\\(\\s*\"?(.*?)\"?\\s*\\)", Pattern.DOTALL);

    private final List<String> tokens;
    private int position;
    private Function<String, AlarmState> states;
    private final List<String> children = new ArrayList<>();

    private CompositeRule(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Reads a rule; {@link IllegalArgumentException} names what could not be read. */
    public static CompositeRule parse(String rule) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(rule);
        int at = 0;
        while (at < rule.length() && !rule.substring(at).isBlank()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new IllegalArgumentException("cannot read the rule at '" + rule.substring(at).trim() + "'");
            }
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        CompositeRule parsed = new CompositeRule(tokens);
        parsed.evaluate(name -> {
            parsed.children.add(name);
            return AlarmState.OK;
        });
        return parsed;
    }

    /** The names of the alarms the rule refers to, in order. */
    public List<String> children() {
        return List.copyOf(children);
    }

    /** Whether the rule holds, given each child's state. */
    public boolean evaluate(Function<String, AlarmState> childStates) {
        this.states = childStates;
        position = 0;
        boolean result = or();
        if (position != tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(position) + "'");
        }
        return result;
    }

    private boolean or() {
        boolean value = and();
        while (accept("OR")) {
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = not();
        while (accept("AND")) {
            value = not() & value;
        }
        return value;
    }

    private boolean not() {
        return accept("NOT") ? !not() : primary();
    }

    private boolean primary() {
        if (position >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end of rule");
        }
        String token = tokens.get(position++);
        if (token.equals("(")) {
            boolean value = or();
            if (!accept(")")) {
                throw new IllegalArgumentException("missing ')'");
            }
            return value;
        }
        if (token.equals("TRUE") || token.equals("FALSE")) {
            return token.equals("TRUE");
        }
        Matcher call = CALL.matcher(token);
        if (!call.matches()) {
            throw new IllegalArgumentException("unexpected '" + token + "'");
        }
        AlarmState child = states.apply(call.group(2).replace("\\\"", "\""));
        return child == AlarmState.valueOf(call.group(1));
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }
}
