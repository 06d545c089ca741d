package dev.lambdaobs.dashboardgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The templates that form one service, seen as one set of resources sorted by logical id (so
 * output does not depend on input order), with SAM {@code Globals} applied on lookup. Which types
 * are Lambda functions comes from the monitor registry; their literal settings are checked here.
 *
 * <pre>{@code
 * ServiceTemplate service = ServiceTemplate.of(List.of(CfnTemplate.read(path)), MonitorRegistry.standard().functionTypes());
 * service.resource("MyQueue").map(TemplateResource::type);
 * }</pre>
 */
public final class ServiceTemplate {
    public static final String SAM_FUNCTION = "AWS::Serverless::Function";

    private final List<CfnTemplate> templates;
    private final Set<String> functionTypes;
    private final Map<String, TemplateResource> byId = new TreeMap<>();
    private final Map<String, CfnTemplate> owners = new HashMap<>();

    private ServiceTemplate(List<CfnTemplate> templates, Set<String> functionTypes) {
        this.templates = List.copyOf(templates);
        this.functionTypes = Set.copyOf(functionTypes);
        for (CfnTemplate template : templates) {
            for (TemplateResource resource : template.resources()) {
                TemplateResource clash = byId.put(resource.logicalId(), resource);
                if (clash != null) {
                    throw new BadInputException(resource.location(), "logical id " + resource.logicalId()
                            + " is also defined at " + clash.location() + "; the templates of one service need distinct ids");
                }
                owners.put(resource.logicalId(), template);
                if (functionTypes.contains(resource.type())) {
                    TemplateChecks.functionSettings(template.document(), resource.logicalId(), resource.properties());
                }
            }
        }
    }

    /** @param functionTypes the resource types that are Lambda functions */
    public static ServiceTemplate of(List<CfnTemplate> templates, Set<String> functionTypes) {
        return new ServiceTemplate(templates, functionTypes);
    }

    public List<CfnTemplate> templates() {
        return templates;
    }

    /** Every resource, sorted by logical id. */
    public Collection<TemplateResource> resources() {
        return byId.values();
    }

    public Optional<TemplateResource> resource(String logicalId) {
        return Optional.ofNullable(byId.get(logicalId));
    }

    /** The type of the resource a value refers to, if it refers to one of ours. */
    public Optional<String> referencedType(JsonNode value) {
        return CfnValues.referencedId(value).flatMap(this::resource).map(TemplateResource::type);
    }

    /** The template a resource comes from (its {@code Globals} apply to it). */
    public CfnTemplate templateOf(String logicalId) {
        return owners.get(logicalId);
    }

    /** The parsed file a resource comes from, for locating its nested keys. */
    public dev.lambdaobs.dashboardgen.input.LocatedDocument documentOf(String logicalId) {
        return owners.get(logicalId).document();
    }

    /** Whether {@code name} is a parameter of one of the templates (a {@code Ref} to it names no resource). */
    public boolean isParameter(String name) {
        return templates.stream().anyMatch(template -> template.root().path("Parameters").has(name));
    }

    public boolean isOfType(String logicalId, Set<String> types) {
        return resource(logicalId).map(r -> types.contains(r.type())).orElse(false);
    }

    /** Whether the logical id names one of the service's Lambda functions. */
    public boolean isFunction(String logicalId) {
        return isOfType(logicalId, functionTypes);
    }

    /** The Lambda functions, sorted by logical id. */
    public List<TemplateResource> functions() {
        return resources().stream().filter(r -> functionTypes.contains(r.type())).toList();
    }

    /**
     * A property of a resource, falling back to the SAM {@code Globals.Function} value for
     * serverless functions (and merging {@code Environment.Variables}).
     */
    public JsonNode property(TemplateResource resource, String name) {
        JsonNode own = resource.properties().get(name);
        if (!resource.type().equals(SAM_FUNCTION)) {
            return own == null ? MissingNode.getInstance() : own;
        }
        JsonNode global = owners.get(resource.logicalId()).functionGlobals().get(name);
        if (own == null) {
            return global == null ? MissingNode.getInstance() : global;
        }
        if (name.equals("Environment") && global instanceof ObjectNode globalEnv && own instanceof ObjectNode ownEnv) {
            ObjectNode merged = globalEnv.deepCopy();
            merged.setAll(ownEnv.deepCopy());
            if (globalEnv.path("Variables").isObject() && ownEnv.path("Variables").isObject()) {
                ObjectNode variables = ((ObjectNode) globalEnv.get("Variables")).deepCopy();
                variables.setAll((ObjectNode) ownEnv.get("Variables"));
                merged.set("Variables", variables);
            }
            return merged;
        }
        return own;
    }

    /** An environment variable of a function, with Globals applied. */
    public JsonNode environmentVariable(TemplateResource function, String name) {
        return property(function, "Environment").path("Variables").path(name);
    }
}
