package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.input.DocumentReader;
import dev.lambdaobs.dashboardgen.input.LocatedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * A SAM or CloudFormation template with its resources checked for shape.
 *
 * <pre>{@code
 * CfnTemplate template = CfnTemplate.read(Path.of("template.yaml"));
 * template.resources().forEach(r -> System.out.println(r.type()));
 * }</pre>
 */
public final class CfnTemplate {
    private final LocatedDocument document;
    private final List<TemplateResource> resources;
    private final List<String> loopsKept;

    private CfnTemplate(LocatedDocument document, List<TemplateResource> resources, List<String> loopsKept) {
        this.document = document;
        this.resources = List.copyOf(resources);
        this.loopsKept = List.copyOf(loopsKept);
    }

    /**
     * Reads a template, warning on standard error about duplicate keys CloudFormation tolerates.
     *
     * @throws BadInputException naming file:line when the file is missing or not a template
     */
    public static CfnTemplate read(Path file) {
        return read(file, DuplicateKeys.warnTo(System.err::println));
    }

    /** @throws BadInputException naming file:line when the file is missing, not a template, or has a duplicate {@code duplicates} refuses */
    public static CfnTemplate read(Path file, DuplicateKeys duplicates) {
        return of(DocumentReader.read(file), duplicates);
    }

    public static CfnTemplate of(LocatedDocument read, DuplicateKeys duplicates) {
        if (!read.root().isObject()) {
            throw new BadInputException(read.locationOf(""), "a template must be a mapping with a Resources section");
        }
        duplicates.check(read);
        TemplateChecks.globals(read);
        ForEachLoops.Expanded expanded = ForEachLoops.expand(read);
        LocatedDocument document = expanded.document();
        JsonNode section = document.root().get("Resources");
        if (section != null && section.isNull()) {
            // An empty Resources section (a placeholder template): nothing to monitor, not an error.
            return new CfnTemplate(document, List.of(), List.of());
        }
        if (section == null || !section.isObject()) {
            throw new BadInputException(document.locationOf(section == null ? "" : "/Resources"),
                    "a template needs a Resources section that is a mapping of logical ids to resources");
        }
        List<TemplateResource> resources = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            // Our own output given back as input: what we generated is generated again, not monitored or duplicated.
            // A Fn::ForEach loop still here makes resources known only at deploy (listed by loopsKept).
            if (!GeneratedResources.isGenerated(entry.getValue()) && !entry.getKey().startsWith(ForEachLoops.PREFIX)) {
                resources.add(resource(document, entry.getKey(), entry.getValue()));
            }
        }
        return new CfnTemplate(document, resources, expanded.unknown());
    }

    private static TemplateResource resource(LocatedDocument document, String id, JsonNode body) {
        String pointer = LocatedDocument.child("/Resources", id);
        if (!body.isObject() || !body.path("Type").isTextual()) {
            throw new BadInputException(document.locationOf(pointer),
                    "resource " + id + " needs a Type that is a string, e.g. Type: AWS::Serverless::Function");
        }
        TemplateChecks.resource(document, id, body);
        Optional<String> condition = body.path("Condition").isTextual()
                ? Optional.of(body.get("Condition").asText()) : Optional.empty();
        return new TemplateResource(id, body.get("Type").asText(), objectOrEmpty(body.get("Properties")),
                objectOrEmpty(body.get("Metadata")), condition, document.locationOf(pointer));
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    public Path file() {
        return document.file();
    }

    public ObjectNode root() {
        return (ObjectNode) document.root();
    }

    public LocatedDocument document() {
        return document;
    }

    public List<TemplateResource> resources() {
        return resources;
    }

    /**
     * The {@code Fn::ForEach} loops kept as written (their collection is a parameter), one line each naming the loop,
     * its place and why the resources it makes are not monitored; loops over a literal list are unrolled in
     * {@link #root()} and their resources are in {@link #resources()}.
     */
    public List<String> loopsKept() {
        return loopsKept;
    }

    /** The {@code Globals.Function} section of a SAM template, or an empty node. */
    public JsonNode functionGlobals() {
        return globals("Function");
    }

    /** A {@code Globals} section of a SAM template ({@code Function}, {@code Api}, ...), or an empty node. */
    public JsonNode globals(String section) {
        return document.root().path("Globals").path(section);
    }
}
