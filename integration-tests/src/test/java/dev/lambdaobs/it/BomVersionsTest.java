package dev.lambdaobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

// The BOM has no parent (a user imports it alone), so it repeats some of the parent's versions: they must stay equal.
class BomVersionsTest {
    @Test
    void everyVersionTheBomPinsIsTheOneTheBuildUses() throws Exception {
        Map<String, String> bom = properties(Path.of("..", "powertools-bom", "pom.xml"));
        Map<String, String> parent = properties(Path.of("..", "pom.xml"));

        assertThat(bom).isNotEmpty();
        bom.forEach((name, version) -> assertThat(parent.get(name)).as("parent pom's %s", name).isEqualTo(version));
    }

    private static Map<String, String> properties(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList children = ((Element) project.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                properties.put(child.getNodeName(), child.getTextContent().strip());
            }
        }
        return properties;
    }
}
