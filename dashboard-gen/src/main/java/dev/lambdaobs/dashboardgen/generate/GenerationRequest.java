package dev.lambdaobs.dashboardgen.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of the generator.
 *
 * <pre>{@code
 * new GenerationRequest(List.of(Path.of("template.yaml")), Optional.empty(), Optional.of("orders"), Mode.MERGE);
 * }</pre>
 *
 * @param templates  the templates forming one service
 * @param config     the optional YAML config
 * @param service    the service name, overriding the config's
 * @param mode       merge or standalone
 * @param fixTracing turn on active X-Ray tracing where it is off (merge mode)
 * @param oneService the user says several templates form one service, even if they look like separate stacks
 * @param alarmStyle per-resource, Metrics Insights or chosen by what fits the stack
 * @param strict     every duplicate key in a template is refused ({@code --strict}), not only one that hides something
 */
public record GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode,
        boolean fixTracing, boolean oneService, AlarmStyle alarmStyle, boolean strict) {
    public GenerationRequest {
        templates = List.copyOf(templates);
    }

    /** A request that tolerates duplicate keys CloudFormation deploys (with a warning). */
    public GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode,
            boolean fixTracing, boolean oneService, AlarmStyle alarmStyle) {
        this(templates, config, service, mode, fixTracing, oneService, alarmStyle, false);
    }

    /** A request that refuses several templates looking like separate stacks, with {@link AlarmStyle#AUTO}. */
    public GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode, boolean fixTracing) {
        this(templates, config, service, mode, fixTracing, false, AlarmStyle.AUTO);
    }

    /** A request with {@link AlarmStyle#AUTO}; {@code oneService} accepts several templates that look like separate stacks. */
    public GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode, boolean fixTracing,
            boolean oneService) {
        this(templates, config, service, mode, fixTracing, oneService, AlarmStyle.AUTO);
    }

    /** The same request with another alarm style. */
    public GenerationRequest withAlarmStyle(AlarmStyle style) {
        return new GenerationRequest(templates, config, service, mode, fixTracing, oneService, style, strict);
    }

    /** A request that leaves tracing as the template has it. */
    public GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode) {
        this(templates, config, service, mode, false);
    }
}
