package dev.lambdaobs.dashboardgen.query;

/**
 * A query the generator saves (as {@code AWS::Logs::QueryDefinition}) and shows on dashboards.
 *
 * <pre>{@code
 * new SavedQuery("errors", "Recent errors with their request ids", "fields ... | filter level = \"ERROR\"");
 * }</pre>
 *
 * @param name        file and definition name under the service's folder
 * @param description what on-call uses it for
 * @param query       the query; Logs Insights QL without SOURCE commands (log groups are attached separately), or
 *                    SQL with {@link #LOG_GROUPS} where its {@code FROM} names the log groups
 * @param language    the query's language
 */
public record SavedQuery(String name, String description, String query, QueryLanguage language) {
    /** Where a SQL query's log groups go: replaced by {@code logGroups(logGroupIdentifier: [...])} when saved. */
    public static final String LOG_GROUPS = "{logGroups}";

    /** A Logs Insights QL query. */
    public SavedQuery(String name, String description, String query) {
        this(name, description, query, QueryLanguage.CWLI);
    }
}
