package dev.lambdaobs.dashboardgen.preview.render;

import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard's {@code SEARCH('{Namespace,Dim,...} terms', 'Stat', period)} run over the local series, as
 * CloudWatch documents it: the optional schema keeps the metrics of that namespace with exactly those
 * dimension names; each term must hold (terms are joined by AND): {@code Namespace=}, {@code MetricName=}
 * or a dimension name with a quoted value matches that property exactly, with an unquoted value partially;
 * a bare term matches partially any of the namespace, metric name, dimension names and values; {@code NOT}
 * negates the next term. {@code OR} and parentheses are not read locally.
 *
 * <pre>{@code
 * SearchExpression search = SearchExpression.parse("SEARCH('Namespace=\"Orders\" service=\"orders\"', 'Sum', 300)");
 * List<Series> found = search.matching(metrics.all());
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/search-expression-syntax.html">Search expression syntax</a>
 */
final class SearchExpression {
    private static final Pattern CALL = Pattern.compile("SEARCH\\(\\s*'(.*)'\\s*,\\s*'([^']+)'\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    private static final Pattern SCHEMA = Pattern.compile("^\\s*\\{([^}]*)}");
    /** NOT, a designated term ({@code Name="value"} or {@code Name=value}), or a bare term, quoted or not. */
    private static final Pattern TERM = Pattern.compile("\\s*(?:(NOT)\\s+)?(?:([\\w.:/-]+)\\s*=\\s*)?(?:\"([^\"]*)\"|([^\\s()\"]+))");

    private record Term(boolean negated, String property, String value, boolean exact) {
        boolean holds(Series series) {
            return negated != matches(series);
        }

        private boolean matches(Series series) {
            if (property == null) {
                List<String> texts = new ArrayList<>(List.of(series.namespace(), series.name()));
                series.dimensions().forEach((name, value) -> texts.addAll(List.of(name, value)));
                return texts.stream().anyMatch(this::accepts);
            }
            String actual = switch (property) {
                case "Namespace" -> series.namespace();
                case "MetricName" -> series.name();
                default -> series.dimensions().get(property);
            };
            return actual != null && accepts(actual);
        }

        private boolean accepts(String actual) {
            return exact ? actual.equals(value) : actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        }
    }

    private final String namespace;
    private final Set<String> schemaDimensions;
    private final List<Term> terms;
    final String stat;
    /** The expression's own period in seconds, or 0 when it gives none. */
    final int period;

    private SearchExpression(String namespace, Set<String> schemaDimensions, List<Term> terms, String stat, int period) {
        this.namespace = namespace;
        this.schemaDimensions = schemaDimensions;
        this.terms = terms;
        this.stat = stat;
        this.period = period;
    }

    /** Whether {@code expression} is a SEARCH call at all. */
    static boolean isSearch(String expression) {
        return CALL.matcher(expression.strip()).matches();
    }

    /** Reads a SEARCH call; what this cannot read is an {@link UnsupportedOperationException} the page shows. */
    static SearchExpression parse(String expression) {
        Matcher call = CALL.matcher(expression.strip());
        if (!call.matches()) {
            throw new UnsupportedOperationException("not a SEARCH expression");
        }
        String query = call.group(1);
        String schemaNamespace = null;
        Set<String> schemaDimensions = null;
        Matcher schema = SCHEMA.matcher(query);
        if (schema.find()) {
            List<String> parts = List.of(schema.group(1).split(","));
            schemaNamespace = unquote(parts.get(0));
            schemaDimensions = new TreeSet<>();
            for (String dimension : parts.subList(1, parts.size())) {
                schemaDimensions.add(unquote(dimension));
            }
            query = query.substring(schema.end());
        }
        List<Term> terms = new ArrayList<>();
        Matcher term = TERM.matcher(query);
        int at = 0;
        while (at < query.length() && !query.substring(at).isBlank()) {
            if (!term.find(at) || term.start() != at) {
                throw new UnsupportedOperationException("search term not read locally: " + query.substring(at).strip());
            }
            boolean exact = term.group(3) != null;
            String value = exact ? term.group(3) : term.group(4);
            if (!exact && term.group(2) == null && Set.of("AND", "OR").contains(value)) {
                if (value.equals("OR")) {
                    throw new UnsupportedOperationException("OR in a search is not read locally");
                }
            } else {
                terms.add(new Term(term.group(1) != null, term.group(2), value, exact));
            }
            at = term.end();
        }
        return new SearchExpression(schemaNamespace, schemaDimensions, terms, call.group(2),
                call.group(3) == null ? 0 : Integer.parseInt(call.group(3)));
    }

    /** The series the search finds, in their given order. */
    List<Series> matching(Collection<Series> all) {
        List<Series> found = new ArrayList<>();
        for (Series series : all) {
            if ((namespace == null || namespace.equals(series.namespace()))
                    && (schemaDimensions == null || schemaDimensions.equals(series.dimensions().keySet()))
                    && terms.stream().allMatch(t -> t.holds(series))) {
                found.add(series);
            }
        }
        return found;
    }

    private static String unquote(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
