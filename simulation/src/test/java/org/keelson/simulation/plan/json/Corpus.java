package org.keelson.simulation.plan.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test corpus under src/test/resources/plans: valid/*.json and invalid/*.json with *.errors beside them. */
final class Corpus {

    private Corpus() {
    }

    static Path directory(String name) {
        try {
            return Path.of(Corpus.class.getResource("/plans/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String directory, String extension) {
        try (Stream<Path> files = Files.list(directory(directory))) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> valid() {
        return files("valid", ".json").stream();
    }

    static Stream<Path> invalid() {
        return files("invalid", ".json").stream();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors expected for an invalid file, one per line of its .errors companion. */
    static List<String> expectedErrors(Path json) {
        Path errors = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".errors"));
        try {
            return Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no expected errors for " + json.getFileName(), e);
        }
    }
}
