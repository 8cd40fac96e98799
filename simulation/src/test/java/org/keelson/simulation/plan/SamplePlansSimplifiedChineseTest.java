package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample plans' Chinese text is Simplified Chinese, as the zh-CN interface shows it: every string of every plan
 * (names, descriptions, owners, holidays, assumptions, ...) is left unchanged by ICU's Traditional-to-Simplified
 * conversion.
 */
class SamplePlansSimplifiedChineseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> samplePlans() throws IOException {
        return SamplePlansTest.samplePlans().toList();
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void everyStringIsSimplifiedChinese(Path file) throws IOException {
        List<String> traditional = new ArrayList<>();
        collectTraditional(JSON.readTree(file.toFile()), "", traditional);

        assertEquals(List.of(), traditional.subList(0, Math.min(traditional.size(), 20)), file + ": "
                + traditional.size() + " strings are not Simplified Chinese (path: text -> simplified), the first 20");
    }

    @Test
    void theConversionTurnsTraditionalIntoSimplified() {
        assertEquals("2026零售业全渠道营销整合项目", SimplifiedChinese.of("2026零售業全渠道營銷整合項目"));
        assertEquals("春节 Spring Festival", SimplifiedChinese.of("春節 Spring Festival"));
    }

    private static void collectTraditional(JsonNode node, String path, List<String> traditional) {
        if (node.isTextual()) {
            String simplified = SimplifiedChinese.of(node.textValue());
            if (!simplified.equals(node.textValue())) {
                traditional.add(path + ": " + node.textValue() + " -> " + simplified);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTraditional(node.get(i), path + "[" + i + "]", traditional);
            }
        } else {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectTraditional(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        traditional);
            }
        }
    }
}
