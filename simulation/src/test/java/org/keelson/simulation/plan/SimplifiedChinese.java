package org.keelson.simulation.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's Traditional-to-Simplified Chinese conversion, which the sample plans' Chinese text must already be in
 * ({@link SamplePlansSimplifiedChineseTest}). {@link #main} converts files in place; sample-plans/README.md says how
 * to run it.
 */
final class SimplifiedChinese {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private SimplifiedChinese() {
    }

    static String of(String text) {
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
    }

    /**
     * Rewrites each file given with its Han characters in Simplified form. The conversion changes Han characters
     * only, so in a JSON file only string values change and the layout stays as it was.
     */
    public static void main(String... files) throws IOException {
        if (files.length == 0) {
            System.err.println("usage: SimplifiedChinese FILE...");
            System.exit(2);
        }
        for (String file : files) {
            Path path = Path.of(file);
            String text = Files.readString(path);
            String simplified = of(text);
            if (!simplified.equals(text)) {
                Files.writeString(path, simplified);
                System.out.println("converted " + file);
            }
        }
    }
}
