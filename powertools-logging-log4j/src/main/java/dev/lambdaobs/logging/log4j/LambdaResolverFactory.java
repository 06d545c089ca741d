package dev.lambdaobs.logging.log4j;

import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverContext;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverFactory;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverConfig;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverFactory;

/**
 * Our {@code JsonTemplateLayout} resolvers, found through the generated {@code Log4j2Plugins.dat}
 * (no package scanning). The timestamp resolver writes the value of its template key; the others
 * write their keys themselves, named by {@link dev.lambdaobs.core.schema.LogFields}, so the template's
 * own key for them is ignored:
 *
 * <pre>{@code
 * "timestamp":  {"$resolver": "lambdaobs", "field": "timestamp"},
 * "message":    {"$resolver": "lambdaobs", "field": "message"},
 * "invocation": {"$resolver": "lambdaobs", "field": "invocation"},
 * "context":    {"$resolver": "lambdaobs", "field": "context"},
 * "error":      {"$resolver": "lambdaobs", "field": "error"},
 * "location":   {"$resolver": "lambdaobs", "field": "location"}
 * }</pre>
 */
@Plugin(name = "LambdaResolverFactory", category = TemplateResolverFactory.CATEGORY)
public final class LambdaResolverFactory implements EventResolverFactory {
    /** The resolver name used in templates. */
    public static final String NAME = "lambdaobs";
    private static final LambdaResolverFactory INSTANCE = new LambdaResolverFactory();

    private LambdaResolverFactory() {
    }

    @PluginFactory
    public static LambdaResolverFactory getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public EventResolver create(EventResolverContext context, TemplateResolverConfig config) {
        String field = config.getString("field");
        if (field == null) {
            throw new IllegalArgumentException("resolver '" + NAME + "' needs a \"field\": timestamp, message, "
                    + "invocation, context, error or location; got " + config);
        }
        return switch (field) {
            case "timestamp" -> new TimestampResolver();
            case "message" -> new SafeMessageResolver();
            case "invocation" -> new InvocationFieldsResolver();
            case "context" -> new ContextDataResolver();
            case "error" -> new ErrorResolver();
            case "location" -> new LocationResolver();
            default -> throw new IllegalArgumentException("resolver '" + NAME + "': unknown field '" + field
                    + "'; expected timestamp, message, invocation, context, error or location");
        };
    }
}
