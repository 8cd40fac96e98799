package org.keelson.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix (src/docs/authorization.md) lists exactly the pages and REST operations the portal has:
 * a new page or operation fails this test until its row says who may use it (the liberty module's
 * AuthorizationMatrixSystemIT then checks the row against the server).
 */
class AuthorizationMatrixCoverageTest {

    private static final Path MATRIX = Path.of("..", "src", "docs", "authorization.md");
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    /** A table row's first cell: {@code `METHOD /path?query`}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) (/[^`?]*)[^`]*` \\|", Pattern.MULTILINE);
    /** A path parameter with its regular expression, {@code {id: [0-9]+}}, written in the matrix as {@code {id}}. */
    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

    @Test
    void everyPageHasARow() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            files.filter(f -> f.toString().endsWith(".xhtml") && !WEBAPP.relativize(f).startsWith("WEB-INF"))
                    .forEach(f -> pages.add("GET /" + WEBAPP.relativize(f).toString().replace('\\', '/')));
        }

        assertEquals(pages, rows("/api/", false));
    }

    @Test
    void everyRestOperationHasARow() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.keelson.portal")) {
            Class<?> resource = type.reflect();
            jakarta.ws.rs.Path root = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = "/api/" + root.value() + (sub == null ? "" : "/" + sub.value());
                    operations.add(verb + " " + PARAMETER_PATTERN.matcher(path).replaceAll("{$1}"));
                }
            }
        }

        assertTrue(operations.contains("POST /api/plans"), "the resources are found: " + operations);
        assertEquals(operations, rows("/api/", true));
    }

    /** The matrix's rows whose path starts with {@code prefix} ({@code inside}) or does not. */
    private static Set<String> rows(String prefix, boolean inside) throws IOException {
        Set<String> rows = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(MATRIX, StandardCharsets.UTF_8));
        while (row.find()) {
            if (row.group(2).startsWith(prefix) == inside) {
                rows.add(row.group(1) + " " + row.group(2));
            }
        }
        return rows;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
