package org.keelson.simulation.plan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.keelson.simulation.plan.Plan;

/** Runs the codec over the test corpus: valid files round-trip exactly, invalid ones give exactly their errors. */
class PlanJsonCorpusTest {

    private final PlanJson codec = new PlanJson();

    static Stream<Path> validFiles() {
        return Corpus.valid();
    }

    static Stream<Path> invalidFiles() {
        return Corpus.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFileIsWrittenBackByteForByte(Path file) {
        String json = Corpus.read(file);

        assertEquals(json, codec.write(codec.read(json)), "the corpus is in canonical form: export(import(x)) == x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFileRoundTripsToEqualRecordsAndStableBytes(Path file) {
        Plan imported = codec.read(Corpus.read(file));
        String written = codec.write(imported);
        Plan reimported = codec.read(written);

        assertEquals(imported, reimported);
        assertEquals(written, codec.write(reimported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFileReportsExactlyItsErrors(Path file) {
        PlanValidationException failure = assertThrows(PlanValidationException.class,
                () -> codec.read(Corpus.read(file)));

        List<String> reported = failure.errors().stream().map(ValidationError::toString).toList();
        assertEquals(Corpus.expectedErrors(file), reported);
    }

    @Test
    void corpusIsComplete() {
        List<Path> invalid = Corpus.files("invalid", ".json");
        List<Path> expectations = Corpus.files("invalid", ".errors");
        assertTrue(Corpus.files("valid", ".json").size() >= 3, "valid corpus");
        assertTrue(invalid.size() >= 80, "invalid corpus");
        assertEquals(invalid.size(), expectations.size(), "every invalid file has an .errors file and vice versa");
        invalid.forEach(file -> assertFalse(Corpus.expectedErrors(file).isEmpty(), file + " expects no error"));
    }
}
