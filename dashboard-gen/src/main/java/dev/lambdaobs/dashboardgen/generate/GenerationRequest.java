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
 * @param templates the templates forming one service
 * @param config    the optional YAML config
 * @param service   the service name, overriding the config's
 * @param mode      merge or standalone
 */
public record GenerationRequest(List<Path> templates, Optional<Path> config, Optional<String> service, Mode mode) {
    public GenerationRequest {
        templates = List.copyOf(templates);
    }
}
