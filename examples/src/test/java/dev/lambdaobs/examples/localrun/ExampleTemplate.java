package dev.lambdaobs.examples.localrun;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** {@code examples/template.yaml} read as plain maps; CloudFormation tags become {@code {"!Tag": value}}. */
final class ExampleTemplate {
    private ExampleTemplate() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("template.yaml"))) {
            return (Map<String, Object>) new Yaml(new TagsAsMaps()).load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = current instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return current instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static final class TagsAsMaps extends SafeConstructor {
        TagsAsMaps() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(node.getTag().getValue(), value);
                }
            });
        }
    }
}
