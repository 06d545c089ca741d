package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.logging.json.InvocationFields;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;

/** The function and invocation keys, as {@link InvocationFields} writes them for both backends. */
final class InvocationFieldsResolver implements FlatteningResolver {
    @Override
    public void resolve(LogEvent event, JsonWriter writer, boolean succeedingEntry) {
        InvocationFields.write(Log4jJsonOut.of(writer), succeedingEntry);
    }
}
