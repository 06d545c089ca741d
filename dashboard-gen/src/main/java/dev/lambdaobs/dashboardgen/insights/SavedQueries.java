package dev.lambdaobs.dashboardgen.insights;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.query.QueryLanguage;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The saved queries of a generated template ({@code AWS::Logs::QueryDefinition} resources) and the
 * service's log groups they read, for running them from a terminal.
 *
 * @param queries   name and query string of each saved query
 * @param logGroups every literal log group name the saved queries read
 */
public record SavedQueries(List<Saved> queries, List<String> logGroups) {

    /**
     * One saved query.
     *
     * @param name        its definition name
     * @param queryString its text, or empty when the template builds it from CloudFormation values (an
     *                    {@code Fn::Sub} naming log groups) that only a deploy resolves
     * @param language    its language
     */
    public record Saved(String name, Optional<String> queryString, QueryLanguage language) {
    }

    /** {@link #read} the template, or no queries and no log groups when none is given ({@code template} null). */
    public static SavedQueries readIfGiven(Path template, DuplicateKeys duplicates) {
        return template == null ? new SavedQueries(List.of(), List.of()) : read(template, duplicates);
    }

    public static SavedQueries read(Path template, DuplicateKeys duplicates) {
        JsonNode root = duplicates.read(template).root();
        List<Saved> queries = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        root.path("Resources").forEach(resource -> {
            if (resource.path("Type").asText().equals("AWS::Logs::QueryDefinition")) {
                JsonNode properties = resource.path("Properties");
                JsonNode text = properties.path("QueryString");
                queries.add(new Saved(properties.path("Name").asText(), text.isTextual() ? Optional.of(text.asText()) : Optional.empty(),
                        QueryLanguage.valueOf(properties.path("QueryLanguage").asText(QueryLanguage.CWLI.name()))));
                properties.path("LogGroupNames").forEach(group -> {
                    if (group.isTextual()) {
                        groups.add(group.asText());
                    }
                });
            }
        });
        return new SavedQueries(List.copyOf(queries), List.copyOf(groups));
    }

    /**
     * The log groups a command reads: the ones given on the command line, else the saved queries' ones.
     *
     * @param given the {@code --log-group} values, or null when none were given
     * @return the log groups, never empty
     * @throws BadInputException when there are none
     */
    public List<String> logGroupsOr(List<String> given) {
        List<String> groups = given != null ? given : logGroups;
        if (groups.isEmpty()) {
            throw new BadInputException("no log groups: give --log-group, or --template with saved queries naming them");
        }
        return groups;
    }

    /** The query named {@code name}, or whose name ends with {@code /name} (the service folder left out). */
    public Optional<Saved> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name) || q.name().endsWith("/" + name)).findFirst();
    }
}
