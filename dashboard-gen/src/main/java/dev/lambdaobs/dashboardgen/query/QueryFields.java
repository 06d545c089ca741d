package dev.lambdaobs.dashboardgen.query;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log fields a Logs Insights query reads: every identifier that is not a command, keyword,
 * function, alias it defines or time unit. Used by tests to prove queries read only fields our
 * logging writes.
 *
 * <pre>{@code
 * QueryFields.read("fields level | filter level = \"ERROR\""); // [level]
 * }</pre>
 */
public final class QueryFields {
    private static final Pattern STRINGS = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern IDENTIFIER = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern ALIAS = Pattern.compile("\\bas\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DURATION = Pattern.compile("\\d+[smhd]");
    private static final Set<String> WORDS = Set.of("fields", "filter", "stats", "sort", "limit", "display", "parse", "dedup",
            "pattern", "unmask", "by", "as", "and", "or", "not", "in", "like", "asc", "desc",
            "count", "count_distinct", "sum", "avg", "min", "max", "pct", "stddev", "earliest", "latest", "bin", "ispresent",
            "isempty", "isblank", "concat", "strlen", "tolower", "toupper", "trim", "abs", "ceil", "floor", "sortsFirst",
            "sortsLast", "coalesce", "datefloor", "dateceil", "fromMillis", "toMillis", "replace", "substr");

    private QueryFields() {
    }

    public static Set<String> read(String query) {
        String code = STRINGS.matcher(query).replaceAll(" ");
        code = DURATION.matcher(code).replaceAll(" ");
        Set<String> aliases = new LinkedHashSet<>();
        Matcher alias = ALIAS.matcher(code);
        while (alias.find()) {
            aliases.add(alias.group(1));
        }
        Set<String> fields = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(code);
        while (identifier.find()) {
            String word = identifier.group();
            boolean numberPart = identifier.start() > 0 && Character.isDigit(code.charAt(identifier.start() - 1));
            if (!numberPart && !WORDS.contains(word) && !aliases.contains(word)) {
                fields.add(word);
            }
        }
        return fields;
    }
}
